import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_PARTS, type TPlanItem } from '../../../server/modules/coaching-plans/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { Checkboxes, DateInput, TextAreaInput } from '../../components/fields';
import { useAction } from '../../components/useAction';
import { formatDay, todayInNetherlands } from './format';
import { plansKey } from './PlansPage';

type Language = 'nl' | 'en';

/** Ticking an item done; duo coaching asks for the short observation form first. */
function TickForm({ item }: { item: TPlanItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const duo = item.stage === 'duo_coaching';
  const [note, setNote] = useState('');
  const [observedOn, setObservedOn] = useState(todayInNetherlands());
  const [situation, setSituation] = useState('');
  const [scriptParts, setScriptParts] = useState<string[]>([]);
  const [wentWell, setWentWell] = useState('');
  const [toSharpen, setToSharpen] = useState('');
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      aria-label={t('coachingPlans.tickLabel', { stage: t(`coachingPlans.stage.${item.stage}`) })}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await api('POST', `/api/v1/coaching-plans/items/${item.id}/done`, {
            note,
            ...(duo ? { observation: { observedOn, situation, scriptParts, wentWell, toSharpen } } : {}),
          });
          await queryClient.invalidateQueries({ queryKey: plansKey });
          await queryClient.invalidateQueries({ queryKey: ['home'] });
        });
      }}
    >
      {duo && (
        <fieldset className="utrecht-form-fieldset regie-field">
          <legend className="utrecht-form-label">{t('coachingPlans.observation.title')}</legend>
          <DateInput
            label={t('coachingPlans.observation.observedOn')}
            name="observedOn"
            value={observedOn}
            onChange={setObservedOn}
          />
          <TextAreaInput
            label={t('coachingPlans.observation.situation')}
            description={t('coachingPlans.observation.situationHelp')}
            value={situation}
            onChange={setSituation}
            isRequired
          />
          <Checkboxes
            label={t('coachingPlans.observation.scriptParts')}
            name="scriptParts"
            value={scriptParts}
            onChange={setScriptParts}
            options={SCRIPT_PARTS.map((part) => ({ value: part, label: t(`coachingPlans.script.${part}`) }))}
          />
          <TextAreaInput label={t('coachingPlans.observation.wentWell')} value={wentWell} onChange={setWentWell} />
          <TextAreaInput label={t('coachingPlans.observation.toSharpen')} value={toSharpen} onChange={setToSharpen} />
        </fieldset>
      )}
      <TextAreaInput label={t('coachingPlans.note')} value={note} onChange={setNote} />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('coachingPlans.tick')}
      </button>
    </form>
  );
}

function ReplanForm({ item }: { item: TPlanItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dueDate, setDueDate] = useState(item.dueDate);
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  return (
    <details className="regie-details">
      <summary>{t('coachingPlans.replan')}</summary>
      <form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await api('POST', `/api/v1/coaching-plans/items/${item.id}/replan`, { dueDate, note });
            await queryClient.invalidateQueries({ queryKey: plansKey });
            await queryClient.invalidateQueries({ queryKey: ['home'] });
          });
        }}
      >
        <DateInput label={t('coachingPlans.newDueDate')} name="dueDate" value={dueDate} onChange={setDueDate} />
        <TextAreaInput label={t('coachingPlans.replanReason')} value={note} onChange={setNote} isRequired />
        <ErrorAlert error={error} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
          {t('coachingPlans.replanSave')}
        </button>
      </form>
    </details>
  );
}

/** One item of a plan: what to do (read from the protocol and the scenario library), who, when, and its state. */
export function PlanItemCard({ item, teamName }: { item: TPlanItem; teamName?: string }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'nl') as Language;
  const headingId = `item-${item.id}`;
  return (
    <article className="regie-plan-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t(`coachingPlans.stage.${item.stage}`)}
        {teamName ? ` — ${teamName}` : ''}
      </h3>
      <p className="utrecht-paragraph">
        {t('coachingPlans.itemLine', { owner: item.owner.name, date: formatDay(item.dueDate, i18n.language) })}{' '}
        {item.doneAt ? (
          <strong>{t('coachingPlans.doneBy', { name: item.doneByName ?? '' })}</strong>
        ) : item.overdue ? (
          <strong className="regie-status--overdue">{t('coachingPlans.overdueBadge')}</strong>
        ) : null}
      </p>
      <p className="utrecht-paragraph">{t(`coachingPlans.howTo.${item.stage}`)}</p>
      {item.sentences.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('coachingPlans.sentences')}</h4>
          <ul className="utrecht-unordered-list">
            {item.sentences.map((sentence) => (
              <li key={sentence.sentence.nl}>
                {sentence.situation[language] || sentence.situation.nl}:{' '}
                <q>{sentence.sentence[language] || sentence.sentence.nl}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.scenarios.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{t('coachingPlans.scenarios')}</h4>
          <ul className="utrecht-unordered-list">
            {item.scenarios.map((scenario) => (
              <li key={scenario.id}>
                {scenario.title[language] || scenario.title.nl} ({t(`training.channels.${scenario.channel}`)})
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <Link to="/training" className="utrecht-link">
              {t('coachingPlans.toTraining')}
            </Link>
          </p>
        </>
      )}
      {item.pair.length > 0 && (
        <p className="utrecht-paragraph">
          {t('coachingPlans.pair', { names: item.pair.map((p) => p.name).join(', ') })}
        </p>
      )}
      {item.stage === 'audit' && (
        <p className="utrecht-paragraph">
          {item.auditId ? (
            <Link to="/audits/$auditId" params={{ auditId: item.auditId }} className="utrecht-link">
              {t('coachingPlans.toAuditDone')}
            </Link>
          ) : (
            t('coachingPlans.auditHint')
          )}
        </p>
      )}
      {item.note && <p className="utrecht-paragraph">{t('coachingPlans.noteLine', { note: item.note })}</p>}
      {item.observation && (
        <dl className="regie-data-list">
          <dt>{t('coachingPlans.observation.situation')}</dt>
          <dd>{item.observation.situation}</dd>
          <dt>{t('coachingPlans.observation.scriptParts')}</dt>
          <dd>{item.observation.scriptParts.map((part) => t(`coachingPlans.script.${part}`)).join(', ') || '—'}</dd>
          <dt>{t('coachingPlans.observation.wentWell')}</dt>
          <dd>{item.observation.wentWell || '—'}</dd>
          <dt>{t('coachingPlans.observation.toSharpen')}</dt>
          <dd>{item.observation.toSharpen || '—'}</dd>
        </dl>
      )}
      {item.mayWork && (
        <>
          <TickForm item={item} />
          <ReplanForm item={item} />
        </>
      )}
    </article>
  );
}
