import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TConfidentialListItem } from '../../../server/modules/confidential/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, PageHeading } from '../../components/page';

export const confidentialListQuery = queryOptions({
  queryKey: ['confidential-reports'],
  queryFn: () => api<{ reports: TConfidentialListItem[] }>('GET', '/api/v1/confidential/reports'),
});

/** The confidential counsellor's reports: open ones first, those waiting for an answer marked. */
export function ConfidentialListPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(confidentialListQuery);
  return (
    <>
      <PageHeading title={t('confidential.list.title')}>{t('confidential.list.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('confidential.list.intro')}</p>
      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.data?.reports.length === 0 && <p className="utrecht-paragraph">{t('confidential.list.none')}</p>}
      {list.data && list.data.reports.length > 0 && (
        <DataTable
          caption={t('confidential.list.title')}
          columns={[
            t('confidential.list.reference'),
            t('confidential.list.category'),
            t('confidential.list.status'),
            t('confidential.list.received'),
            t('confidential.list.reporter'),
          ]}
          rows={list.data.reports.map((report) => ({
            key: report.id,
            cells: [
              <Link
                key="open"
                to="/confidential/reports/$reportId"
                params={{ reportId: report.id }}
                className="utrecht-link"
              >
                {report.reference}
              </Link>,
              t(`confidential.categories.${report.category}`),
              `${t(`confidential.statuses.${report.status}`)}${report.awaitingReply ? ` · ${t('confidential.list.awaiting')}` : ''}`,
              formatDateTime(report.createdAt, i18n.language),
              report.anonymous ? t('confidential.anonymous') : t('confidential.named'),
            ],
          }))}
        />
      )}
    </>
  );
}
