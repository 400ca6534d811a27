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

type Props = { aftercare: TIncidentAftercare; onChange: (aftercare: TIncidentAftercare) => void };

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The debrief checklist of seed 000, filled in by the manager with the team. */
export function DebriefForm({ aftercare, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const saved = aftercare.debrief;
  const [heldOn, setHeldOn] = useState(saved?.heldOn ?? today());
  const [participants, setParticipants] = useState(saved?.participants ?? '');
  const [wentWell, setWentWell] = useState(saved?.wentWell ?? '');
  const [couldBeSharper, setCouldBeSharper] = useState(saved?.couldBeSharper ?? '');
  const [triggers, setTriggers] = useState(saved?.triggers ?? '');
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction();
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
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void run(async () => {
            onChange(
              await api<TIncidentAftercare>('PUT', `/api/v1/incidents/${aftercare.incidentId}/debrief`, {
                heldOn,
                participants,
                wentWell,
                couldBeSharper,
                triggers,
              }),
            );
            setDone(true);
          });
        }}
      >
        <DateInput
          label={t('aftercare.debrief.heldOn')}
          name="heldOn"
          value={heldOn}
          onChange={setHeldOn}
          max={today()}
        />
        <TextInput
          label={t('aftercare.debrief.participants')}
          name="participants"
          value={participants}
          onChange={setParticipants}
          maxLength={1000}
        />
        <TextAreaInput
          label={t('aftercare.debrief.wentWell')}
          name="wentWell"
          value={wentWell}
          onChange={setWentWell}
          maxLength={4000}
        />
        <TextAreaInput
          label={t('aftercare.debrief.couldBeSharper')}
          name="couldBeSharper"
          value={couldBeSharper}
          onChange={setCouldBeSharper}
          maxLength={4000}
        />
        <TextAreaInput
          label={t('aftercare.debrief.triggers')}
          description={t('aftercare.debrief.triggersHelp')}
          name="triggers"
          value={triggers}
          onChange={setTriggers}
          maxLength={4000}
        />
        <ErrorAlert error={error} />
        {done && <SuccessNote>{t('aftercare.debrief.saved')}</SuccessNote>}
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action" isDisabled={busy || !heldOn}>
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
  const [followed, setFollowed] = useState<string>(saved?.protocolFollowed ?? '');
  const [explanation, setExplanation] = useState(saved?.explanation ?? '');
  const [needsTightening, setNeedsTightening] = useState(saved?.needsTightening ?? false);
  const [proposal, setProposal] = useState('');
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Section title={t('aftercare.evaluation.title')} id="aftercare-evaluation">
      <p className="utrecht-paragraph">{t('aftercare.evaluation.intro')}</p>
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void run(async () => {
            onChange(
              await api<TIncidentAftercare>('PUT', `/api/v1/incidents/${aftercare.incidentId}/evaluation`, {
                protocolFollowed: followed,
                explanation,
                needsTightening,
                proposals: needsTightening && proposal.trim() ? [proposal] : [],
              }),
            );
            setProposal('');
            setDone(true);
          });
        }}
      >
        <SelectInput
          label={t('aftercare.evaluation.followed')}
          name="protocolFollowed"
          value={followed}
          onChange={setFollowed}
          emptyLabel={t('aftercare.evaluation.choose')}
          options={PROTOCOL_FOLLOWED.map((value) => ({ value, label: t(`aftercare.followed.${value}`) }))}
        />
        <TextAreaInput
          label={t('aftercare.evaluation.explanation')}
          name="explanation"
          value={explanation}
          onChange={setExplanation}
          maxLength={4000}
        />
        <SingleCheckbox
          label={t('aftercare.evaluation.needsTightening')}
          name="needsTightening"
          isSelected={needsTightening}
          onChange={setNeedsTightening}
        />
        {needsTightening && (
          <TextAreaInput
            label={t('aftercare.evaluation.proposal')}
            description={t('aftercare.evaluation.proposalHelp')}
            name="proposal"
            value={proposal}
            onChange={setProposal}
            maxLength={2000}
          />
        )}
        <ErrorAlert error={error} />
        {done && <SuccessNote>{t('aftercare.evaluation.saved')}</SuccessNote>}
        <Button
          type="submit"
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy || !followed}
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
