import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, SCORES, type TAudit, type TAuditSample } from '../../../server/modules/audits/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextAreaInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay } from '../plans/format';
import { auditsKey } from './AuditsPage';

type Score = (typeof SCORES)[number];
type Scores = Record<(typeof CRITERIA)[number], Score | null>;

/** The checklist of one sampled report; the records' suggestions are filled in, the auditor decides. */
function ScoreForm({ auditId, sample, open }: { auditId: string; sample: TAuditSample; open: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<Scores>(() => ({
    factsNotOpinions: sample.scores.factsNotOpinions,
    followUpOnTime: sample.scores.followUpOnTime ?? sample.suggested.followUpOnTime,
    measuresRecorded: sample.scores.measuresRecorded ?? sample.suggested.measuresRecorded,
    aftercareDone: sample.scores.aftercareDone,
  }));
  const [note, setNote] = useState(sample.note);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      aria-label={t('audits.scoreLabel', { position: sample.position + 1 })}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          await api('PUT', `/api/v1/audits/${auditId}/samples/${sample.incidentId}`, { ...scores, note });
          setSaved(true);
          await queryClient.invalidateQueries({ queryKey: auditsKey });
        });
      }}
    >
      {CRITERIA.map((criterion) => (
        <fieldset key={criterion} className="utrecht-form-fieldset regie-field" disabled={!open}>
          <legend className="utrecht-form-label">{t(`audits.criteria.${criterion}`)}</legend>
          {SCORES.map((score) => (
            <div key={score} className="regie-native-radio">
              <input
                type="radio"
                id={`${id}-${criterion}-${score}`}
                name={`${id}-${criterion}`}
                checked={scores[criterion] === score}
                onChange={() => setScores({ ...scores, [criterion]: score })}
              />
              <label htmlFor={`${id}-${criterion}-${score}`}>{t(`audits.scores.${score}`)}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <TextAreaInput label={t('audits.note')} value={note} onChange={setNote} isDisabled={!open} />
      <ErrorAlert error={error} />
      {saved && <SuccessNote>{t('audits.saved')}</SuccessNote>}
      {open && (
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
          {t('audits.saveScore', { position: sample.position + 1 })}
        </button>
      )}
    </form>
  );
}

function SampleCard({ audit, sample, manages }: { audit: TAudit; sample: TAuditSample; manages: boolean }) {
  const { t, i18n } = useTranslation();
  const headingId = `sample-${sample.incidentId}`;
  return (
    <article className="regie-plan-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('audits.sampleTitle', { position: sample.position + 1 })}
      </h3>
      <p className="utrecht-paragraph">
        {t('audits.sampleLine', {
          occurred: formatDateTime(sample.occurredAt, i18n.language),
          channel: sample.channel ? t(`channels.${sample.channel}`) : '—',
        })}{' '}
        {manages && (
          <Link to="/incidents/$incidentId" params={{ incidentId: sample.incidentId }} className="utrecht-link">
            {t('audits.openReport')}
          </Link>
        )}
      </p>
      <h4 className="utrecht-heading-4">{t('audits.facts')}</h4>
      <p className="utrecht-paragraph regie-quote-block">{sample.facts || '—'}</p>
      {sample.quotes && (
        <>
          <h4 className="utrecht-heading-4">{t('audits.quotes')}</h4>
          <p className="utrecht-paragraph regie-quote-block">{sample.quotes}</p>
        </>
      )}
      <h4 className="utrecht-heading-4">{t('audits.firstReading')}</h4>
      {sample.findings.length === 0 ? (
        <p className="utrecht-paragraph">{t('audits.noFindings')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {sample.findings.map((finding) => (
            <li key={`${finding.text}-${finding.reason}`}>
              <q>{finding.text}</q>: {finding.reason} {finding.suggestion}
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        {t('audits.records', {
          tasks: sample.followUp.tasks,
          late: sample.followUp.late,
          open: sample.followUp.open,
          measures: sample.measures,
        })}{' '}
        {sample.wantsAftercare ? t('audits.wantsAftercare') : ''}
      </p>
      <p className="utrecht-paragraph">{t('audits.aftercareManual')}</p>
      <ScoreForm auditId={audit.id} sample={sample} open={manages && audit.status === 'open'} />
    </article>
  );
}

function FinishForm({ audit }: { audit: TAudit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conclusion, setConclusion] = useState('');
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await api('POST', `/api/v1/audits/${audit.id}/finish`, { conclusion });
          await queryClient.invalidateQueries({ queryKey: auditsKey });
        });
      }}
    >
      <TextAreaInput
        label={t('audits.conclusion')}
        description={t('audits.conclusionHelp')}
        value={conclusion}
        onChange={setConclusion}
        rows={3}
      />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('audits.finish')}
      </button>
    </form>
  );
}

/** One audit: its stored sample, the first reading per report, the checklist, and finishing it. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const manages = hasRole(user, 'safety_officer');
  const { auditId } = useParams({ strict: false }) as { auditId: string };
  const audit = useQuery({
    queryKey: [...auditsKey, auditId],
    queryFn: () => api<TAudit>('GET', `/api/v1/audits/${auditId}`),
  });
  const data = audit.data;
  const title = data ? t('audits.auditTitle', { department: data.departmentName }) : t('audits.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/audits" className="utrecht-link">
          {t('audits.back')}
        </Link>
      </p>
      <ErrorAlert error={audit.error} />
      {audit.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph regie-lead">
            {t('audits.auditLead', {
              from: formatDay(data.periodFrom, i18n.language),
              to: formatDay(data.periodTo, i18n.language),
              sampled: data.sampled,
              size: data.sampleSize,
              scored: data.scored,
            })}
          </p>
          <p className="utrecht-paragraph">{t('audits.seedLine', { seed: data.seed })}</p>
          {data.status === 'finished' && (
            <SuccessNote>
              {t('audits.finishedLine', { date: formatDateTime(data.finishedAt, i18n.language) })}
              {data.conclusion ? ` ${data.conclusion}` : ''}
            </SuccessNote>
          )}
          <Section title={t('audits.sampleTitleAll')} id="sample">
            {data.samples.map((sample) => (
              <SampleCard key={sample.incidentId} audit={data} sample={sample} manages={manages} />
            ))}
          </Section>
          {manages && data.status === 'open' && (
            <Section title={t('audits.finishTitle')} id="finish">
              <FinishForm audit={data} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
