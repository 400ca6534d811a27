import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CRITERIA,
  MAX_SAMPLE,
  type TAudit,
  type TAuditResults,
  type TAuditSummary,
  type ZAuditOptions,
} from '../../../server/modules/audits/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, SelectInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay, todayInNetherlands } from '../plans/format';

export const auditsKey = ['audits'];

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function StartAuditForm({ options }: { options: z.infer<typeof ZAuditOptions> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = todayInNetherlands();
  const [departmentId, setDepartmentId] = useState('');
  const [from, setFrom] = useState(daysBefore(today, 90));
  const [to, setTo] = useState(today);
  const [size, setSize] = useState('10');
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const audit = await api<TAudit>('POST', '/api/v1/audits', {
            departmentId,
            from,
            to,
            sampleSize: Number(size),
          });
          await queryClient.invalidateQueries({ queryKey: auditsKey });
          await navigate({ to: '/audits/$auditId', params: { auditId: audit.id } });
        });
      }}
    >
      <SelectInput
        label={t('audits.department')}
        name="departmentId"
        value={departmentId}
        onChange={setDepartmentId}
        emptyLabel={t('audits.chooseDepartment')}
        options={options.departments.map((department) => ({ value: department.id, label: department.name }))}
      />
      <DateInput label={t('audits.from')} name="from" value={from} onChange={setFrom} max={to} />
      <DateInput label={t('audits.to')} name="to" value={to} onChange={setTo} max={today} />
      <TextInput
        label={t('audits.sampleSize')}
        description={t('audits.sampleSizeHelp', { max: MAX_SAMPLE })}
        name="sampleSize"
        value={size}
        onChange={setSize}
        inputMode="numeric"
        isRequired
      />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('audits.draw')}
      </button>
    </form>
  );
}

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

/** Outcomes per department over time, as a table (the dashboard draws the same figures). */
function Results() {
  const { t, i18n } = useTranslation();
  const results = useQuery({
    queryKey: [...auditsKey, 'results'],
    queryFn: () => api<TAuditResults>('GET', '/api/v1/audits/results'),
  });
  return (
    <Section title={t('audits.resultsTitle')} id="results">
      <ErrorAlert error={results.error} />
      {results.isPending && <Loading />}
      {results.data && (
        <>
          <p className="utrecht-paragraph">
            {t('audits.resultsIntro', {
              from: formatDay(results.data.from, i18n.language),
              to: formatDay(results.data.to, i18n.language),
            })}
          </p>
          <DataTable
            caption={t('audits.resultsCaption')}
            columns={[
              t('audits.department'),
              t('audits.finishedOn'),
              t('audits.sampled'),
              ...CRITERIA.map((criterion) => t(`audits.criteria.${criterion}`)),
              t('audits.overall'),
            ]}
            rows={results.data.results.map((result) => ({
              key: result.auditId,
              cells: [
                result.departmentName,
                formatDay(result.finishedAt.slice(0, 10), i18n.language),
                String(result.sampled),
                ...CRITERIA.map((criterion) => percent(result.criteria[criterion].percent)),
                percent(result.percent),
              ],
            }))}
            empty={t('audits.noResults')}
          />
        </>
      )}
    </Section>
  );
}

/** The audit form: the safety officer draws and scores samples; the director reads; managers see the outcome. */
export function AuditsPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const reads = hasRole(user, 'safety_officer', 'director');
  const manages = hasRole(user, 'safety_officer');
  const audits = useQuery({
    queryKey: auditsKey,
    queryFn: async () => (await api<{ audits: TAuditSummary[] }>('GET', '/api/v1/audits')).audits,
    enabled: reads,
  });
  const options = useQuery({
    queryKey: [...auditsKey, 'options'],
    queryFn: () => api<z.infer<typeof ZAuditOptions>>('GET', '/api/v1/audits/options'),
    enabled: manages,
  });
  return (
    <>
      <PageHeading title={t('audits.title')}>{t('audits.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('audits.intro')}</p>
      {manages && (
        <p className="utrecht-paragraph">
          <Link to="/language/audit" className="utrecht-link">
            {t('audits.languageAuditLink')}
          </Link>
        </p>
      )}
      <ErrorAlert error={audits.error ?? options.error} />
      {manages && options.data && (
        <Section title={t('audits.startTitle')} id="start">
          <p className="utrecht-paragraph">{t('audits.startIntro')}</p>
          <StartAuditForm options={options.data} />
        </Section>
      )}
      {reads && audits.data && (
        <Section title={t('audits.listTitle')} id="audits">
          <DataTable
            caption={t('audits.listCaption')}
            columns={[t('audits.department'), t('audits.period'), t('audits.scored'), t('audits.status')]}
            rows={audits.data.map((audit) => ({
              key: audit.id,
              cells: [
                <Link key="link" to="/audits/$auditId" params={{ auditId: audit.id }} className="utrecht-link">
                  {audit.departmentName}
                </Link>,
                t('audits.range', {
                  from: formatDay(audit.periodFrom, i18n.language),
                  to: formatDay(audit.periodTo, i18n.language),
                }),
                t('audits.scoredOf', { scored: audit.scored, sampled: audit.sampled }),
                t(`audits.statuses.${audit.status}`),
              ],
            }))}
            empty={t('audits.empty')}
          />
        </Section>
      )}
      <Results />
    </>
  );
}
