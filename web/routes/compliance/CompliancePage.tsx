import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TComplianceReport } from '../../../server/modules/compliance/schema';
import type { TVersionList } from '../../../server/modules/protocols/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { formatDuration } from '../../components/duration';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, SelectInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';

type Procedure = TComplianceReport['procedures'][number];

interface Filter {
  from: string;
  to: string;
  procedure: string;
  version: string;
}

function complianceQuery(filter: Filter) {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.procedure) params.set('procedure', filter.procedure);
  if (filter.version) params.set('version', filter.version);
  return {
    queryKey: ['compliance', filter],
    queryFn: () => api<TComplianceReport>('GET', `/api/v1/compliance/protocol?${params}`),
    placeholderData: keepPreviousData,
  };
}

/**
 * How the protocol is followed in practice (seed 004: evaluate whether the protocol was followed and whether it
 * needs tightening): per procedure and step what was done, skipped and why, and how long it took.
 */
export function CompliancePage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filter>({ from: '', to: '', procedure: '', version: '' });
  const versions = useQuery({
    queryKey: ['protocol', 'versions'],
    queryFn: () => api<TVersionList>('GET', '/api/v1/protocol/versions'),
  });
  const [filter, setFilter] = useState<Filter>(draft);
  const report = useQuery(complianceQuery(filter));
  const data = report.data;

  return (
    <>
      <PageHeading title={t('compliance.title')}>{t('compliance.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('compliance.lead')}</p>
      <form
        className="regie-filter regie-no-print"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <DateInput
          label={t('compliance.from')}
          name="from"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateInput
          label={t('compliance.to')}
          name="to"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <SelectInput
          label={t('compliance.procedure')}
          name="procedure"
          value={draft.procedure}
          emptyLabel={t('compliance.allProcedures')}
          options={['telephone', 'verbal', 'physical', 'written'].map((key) => ({
            value: key,
            label: t(`handling.start.${key}`),
          }))}
          onChange={(procedure) => setDraft({ ...draft, procedure })}
        />
        <SelectInput
          label={t('compliance.version')}
          name="version"
          value={draft.version}
          emptyLabel={t('compliance.allVersions')}
          options={(versions.data?.versions ?? []).map((item) => ({
            value: String(item.version),
            label: t('compliance.versionOption', { version: item.version }),
          }))}
          onChange={(version) => setDraft({ ...draft, version })}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('compliance.show')}
        </button>
      </form>
      <ErrorAlert error={report.error} />
      {report.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph" aria-live="polite">
            {t(data.scope === 'department' ? 'compliance.periodDepartment' : 'compliance.period', {
              from: data.from,
              to: data.to,
            })}
          </p>
          {data.procedures.map((procedure) => (
            <ProcedureFigures key={procedure.key} procedure={procedure} />
          ))}
        </>
      )}
    </>
  );
}

function ProcedureFigures({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation();
  const title = pick(procedure.title, i18n.language);
  const share = procedure.handlings === 0 ? 0 : Math.round((procedure.withSkippedSteps / procedure.handlings) * 100);
  return (
    <Section title={title} id={`procedure-${procedure.key}`}>
      {procedure.handlings === 0 ? (
        <p className="utrecht-paragraph">{t('compliance.none')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {t('compliance.summary', {
              count: procedure.handlings,
              closed: procedure.closed,
              skipped: procedure.withSkippedSteps,
              share,
              duration: formatDuration(procedure.medianDurationSeconds, t),
            })}
          </p>
          {procedure.versions.length > 1 && (
            <p className="utrecht-paragraph">{t('compliance.versions', { versions: procedure.versions.join(', ') })}</p>
          )}
          <DataTable
            caption={t('compliance.caption', { procedure: title })}
            columns={[
              t('compliance.step'),
              t('compliance.stepText'),
              t('compliance.done'),
              t('compliance.notApplicable'),
              t('compliance.skipped'),
              t('compliance.medianTime'),
              t('compliance.skipReasons'),
            ]}
            rows={procedure.steps.map((step) => ({
              key: step.stepId,
              cells: [
                step.number ?? t('compliance.olderVersion'),
                pick(step.text, i18n.language),
                step.done,
                step.notApplicable,
                step.skipped > 0 ? <strong key="skipped">{step.skipped}</strong> : 0,
                formatDuration(step.medianSeconds, t),
                step.skipReasons.length > 0 ? (
                  <ul key="reasons" className="utrecht-unordered-list regie-compact-list">
                    {step.skipReasons.map((reason, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the same reason may be given twice
                      <li key={index}>{reason}</li>
                    ))}
                  </ul>
                ) : (
                  '—'
                ),
              ],
            }))}
          />
        </>
      )}
    </Section>
  );
}
