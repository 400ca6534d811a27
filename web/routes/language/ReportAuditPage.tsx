import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReportAudit } from '../../../server/modules/language/report-audit';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';

/**
 * Seed 000's month-3 audit of registrations and language use: per department, how many sent reports judge the
 * person instead of describing behaviour, and which judging words come back. Counts only, never report texts.
 */
export function ReportAuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState(draft);
  const audit = useQuery({
    queryKey: ['language', 'report-audit', period],
    queryFn: () => {
      const params = new URLSearchParams(Object.entries(period).filter(([, value]) => value !== ''));
      return api<TReportAudit>('GET', `/api/v1/language/report-audit?${params}`);
    },
    placeholderData: keepPreviousData,
  });
  const data = audit.data;
  const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);
  return (
    <>
      <PageHeading title={t('reportAudit.title')}>{t('reportAudit.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('reportAudit.intro')}</p>
      <form
        className="regie-filter"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
        }}
      >
        <DateInput
          label={t('compliance.from')}
          name="from"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateInput
          label={t('compliance.to')}
          name="to"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('compliance.show')}
        </button>
      </form>
      <ErrorAlert error={audit.error} />
      {audit.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph" aria-live="polite">
            {t('reportAudit.summary', {
              from: data.from,
              to: data.to,
              count: data.reports,
              judged: data.withJudgements,
              share: share(data.withJudgements, data.reports),
            })}
          </p>
          {data.departments.length > 0 && (
            <DataTable
              caption={t('reportAudit.caption')}
              columns={[
                t('reportAudit.department'),
                t('reportAudit.reports'),
                t('reportAudit.withJudgements'),
                t('reportAudit.share'),
              ]}
              rows={data.departments.map((department) => ({
                key: department.departmentId ?? 'none',
                cells: [
                  department.name ?? t('reportAudit.noDepartment'),
                  department.reports,
                  department.withJudgements,
                  share(department.withJudgements, department.reports),
                ],
              }))}
            />
          )}
          {data.commonPhrases.length > 0 && (
            <Section title={t('reportAudit.phrases')} id="phrases">
              <p className="utrecht-paragraph">{t('reportAudit.phrasesIntro')}</p>
              <ul className="utrecht-unordered-list">
                {data.commonPhrases.map((phrase) => (
                  <li key={phrase.text}>
                    „{phrase.text}” — {t('reportAudit.times', { count: phrase.count })}
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
    </>
  );
}
