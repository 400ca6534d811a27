import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TIncident } from '../../../server/modules/incidents/schema';
import { api } from '../../api/client';
import { myIncidentsQuery } from '../../api/incidents';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';

/** "Melding maken": starts a draft on the server at once, so the first letter typed is already saved. */
export function NewReportButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { error, busy, run } = useAction();
  return (
    <>
      <ErrorAlert error={error} />
      <Button
        className="utrecht-button utrecht-button--primary-action regie-big-button"
        isDisabled={busy}
        onPress={() =>
          void run(async () => {
            const draft = await api<TIncident>('POST', '/api/v1/incidents', {});
            await navigate({ to: '/incidents/$incidentId/edit', params: { incidentId: draft.id } });
          })
        }
      >
        {t('incidents.new')}
      </Button>
    </>
  );
}

/** The reporter always sees where their reports stand and what was done: no news is why people stop reporting. */
export function MyReportsPage() {
  const { t, i18n } = useTranslation();
  const reports = useQuery(myIncidentsQuery);
  return (
    <>
      <PageHeading title={t('incidents.mine.title')}>{t('incidents.mine.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('incidents.mine.intro')}</p>
      <NewReportButton />
      <ErrorAlert error={reports.error} />
      {reports.isPending && <Loading />}
      {reports.data?.length === 0 && <p className="utrecht-paragraph">{t('incidents.mine.none')}</p>}
      <ul className="regie-report-list">
        {(reports.data ?? []).map((report) => {
          const when = formatDateTime(report.occurredAt, i18n.language) || t('incidents.mine.noDate');
          const done = [
            report.ordegesprekHeld
              ? t('incidents.mine.talkHeld')
              : report.ordegesprekPlanned
                ? t('incidents.mine.talkPlanned')
                : '',
            ...report.measureKinds.map((kind) => t(`measures.kind.${kind}`)),
          ].filter((part) => part);
          return (
            <li key={report.id}>
              <Section title={when} id={`report-${report.id}`}>
                <p className="utrecht-paragraph">
                  <strong>
                    {report.status === 'draft'
                      ? t('incidents.draftStatus')
                      : t('incidents.caseStatusLine', { status: t(`incidents.caseStatuses.${report.caseStatus}`) })}
                  </strong>
                  {report.channel && ` · ${t(`incidents.channels.${report.channel}`)}`}
                  {report.forms.length > 0 &&
                    ` · ${report.forms.map((form) => t(`incidents.formNames.${form}`)).join(', ')}`}
                </p>
                {!report.reportedByMe && <p className="utrecht-paragraph">{t('incidents.mine.reportedForYou')}</p>}
                {report.reportedByMe && report.employeeName && report.status === 'submitted' && (
                  <p className="regie-muted">{t('incidents.mine.about', { name: report.employeeName })}</p>
                )}
                {report.routeTo === 'safety_officer' && (
                  <p className="regie-muted">{t('incidents.mine.routedSafety')}</p>
                )}
                {done.length > 0 && (
                  <p className="utrecht-paragraph">{t('incidents.mine.done', { what: done.join(', ') })}</p>
                )}
                {report.feedback && <p className="utrecht-paragraph regie-pre">{report.feedback}</p>}
                <Link
                  to={report.status === 'draft' ? '/incidents/$incidentId/edit' : '/incidents/$incidentId'}
                  params={{ incidentId: report.id }}
                  className="utrecht-link"
                  aria-label={
                    report.status === 'draft'
                      ? t('incidents.mine.continueNamed', { when })
                      : t('incidents.mine.openNamed', { when })
                  }
                >
                  {report.status === 'draft' ? t('incidents.continueDraft') : t('incidents.mine.open')}
                </Link>
              </Section>
            </li>
          );
        })}
      </ul>
    </>
  );
}
