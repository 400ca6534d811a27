import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROTOCOL_FOLLOWED } from '../../../server/modules/aftercare/schedule';
import type { TIncidentAftercare } from '../../../server/modules/aftercare/schema';
import { api } from '../../api/client';
import { ErrorAlert, SuccessNote } from '../../components/feedback';
import { DateInput, SelectInput, SingleCheckbox, TextAreaInput, TextInput } from '../../components/fields';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFormValues } from '../../components/useFieldErrors';

type Props = { aftercare: TIncidentAftercare; onChange: (aftercare: TIncidentAftercare) => void };

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The debrief's three open questions of seed 000, in the order the team talks them through. */
const DEBRIEF_QUESTIONS = ['wentWell', 'couldBeSharper', 'triggers'] as const;

/** The debrief checklist of seed 000, filled in by the manager with the team. */
export function DebriefForm({ aftercare, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const saved = aftercare.debrief;
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction();
  const { values, set, errors } = useFormValues(
    {
      heldOn: saved?.heldOn ?? today(),
      participants: saved?.participants ?? '',
      wentWell: saved?.wentWell ?? '',
      couldBeSharper: saved?.couldBeSharper ?? '',
      triggers: saved?.triggers ?? '',
    },
    error,
  );
  return (
    <Section title={t('aftercare.debrief.title')} id="aftercare-debrief">
      <p className="utrecht-paragraph">{t('aftercare.debrief.intro')}</p>
      {saved && (
        <p className="regie-muted">
          {t('aftercare.savedBy', { name: saved.recordedBy, date: formatDateTime(saved.updatedAt, i18n.language) })}
        </p>
      )}
      <Form
        className="regie-form"
        validationErrors={errors}
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void run(async () => {
            onChange(await api<TIncidentAftercare>('PUT', `/api/v1/incidents/${aftercare.incidentId}/debrief`, values));
            setDone(true);
          });
        }}
      >
        <DateInput
          label={t('aftercare.debrief.heldOn')}
          name="heldOn"
          value={values.heldOn}
          onChange={set('heldOn')}
          max={today()}
        />
        <TextInput
          label={t('aftercare.debrief.participants')}
          name="participants"
          value={values.participants}
          onChange={set('participants')}
          maxLength={1000}
        />
        {DEBRIEF_QUESTIONS.map((question) => (
          <TextAreaInput
            key={question}
            label={t(`aftercare.debrief.${question}`)}
            description={question === 'triggers' ? t('aftercare.debrief.triggersHelp') : undefined}
            name={question}
            value={values[question]}
            onChange={set(question)}
            maxLength={4000}
          />
        ))}
        <ErrorAlert error={error} />
        {done && <SuccessNote>{t('aftercare.debrief.saved')}</SuccessNote>}
        <Button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || !values.heldOn}
        >
          {t('aftercare.debrief.save')}
        </Button>
      </Form>
    </Section>
  );
}

/** The evaluation of seed 004: followed the protocol? does it need tightening? Proposals go to the safety officer. */
export function EvaluationForm({ aftercare, onChange }: Props) {
  const { t } = useTranslation();
  const saved = aftercare.evaluation;
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction();
  const { values, setValues, set, errors } = useFormValues(
    {
      protocolFollowed: saved?.protocolFollowed ?? '',
      explanation: saved?.explanation ?? '',
      needsTightening: saved?.needsTightening ?? false,
      proposal: '',
    },
    error,
  );
  return (
    <Section title={t('aftercare.evaluation.title')} id="aftercare-evaluation">
      <p className="utrecht-paragraph">{t('aftercare.evaluation.intro')}</p>
      <Form
        className="regie-form"
        validationErrors={errors}
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void run(async () => {
            const { proposal, ...evaluation } = values;
            onChange(
              await api<TIncidentAftercare>('PUT', `/api/v1/incidents/${aftercare.incidentId}/evaluation`, {
                ...evaluation,
                proposals: values.needsTightening && proposal.trim() ? [proposal] : [],
              }),
            );
            setValues((current) => ({ ...current, proposal: '' }));
            setDone(true);
          });
        }}
      >
        <SelectInput
          label={t('aftercare.evaluation.followed')}
          name="protocolFollowed"
          value={values.protocolFollowed}
          onChange={set('protocolFollowed')}
          emptyLabel={t('aftercare.evaluation.choose')}
          options={PROTOCOL_FOLLOWED.map((value) => ({ value, label: t(`aftercare.followed.${value}`) }))}
        />
        <TextAreaInput
          label={t('aftercare.evaluation.explanation')}
          name="explanation"
          value={values.explanation}
          onChange={set('explanation')}
          maxLength={4000}
        />
        <SingleCheckbox
          label={t('aftercare.evaluation.needsTightening')}
          name="needsTightening"
          isSelected={values.needsTightening}
          onChange={set('needsTightening')}
        />
        {values.needsTightening && (
          <TextAreaInput
            label={t('aftercare.evaluation.proposal')}
            description={t('aftercare.evaluation.proposalHelp')}
            name="proposal"
            value={values.proposal}
            onChange={set('proposal')}
            maxLength={2000}
          />
        )}
        <ErrorAlert error={error} />
        {done && <SuccessNote>{t('aftercare.evaluation.saved')}</SuccessNote>}
        <Button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || !values.protocolFollowed}
        >
          {t('aftercare.evaluation.save')}
        </Button>
      </Form>
      {aftercare.proposals.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('aftercare.evaluation.proposals')}</h3>
          <ul className="utrecht-unordered-list">
            {aftercare.proposals.map((item) => (
              <li key={item.id}>
                {item.proposal} —{' '}
                <strong>{t(`aftercare.proposalStatus.${item.status}`, { version: item.adoptedInVersion })}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
