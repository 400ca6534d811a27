import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { clientQuery } from '../../api/incidents';
import { ErrorAlert, Loading } from '../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { ActiveMeasures, formatDay, MeasureLine } from './ActiveMeasures';

/** A client: how to recognise them, the measures in force, and earlier handlings and incidents. */
export function ClientPage() {
  const { t, i18n } = useTranslation();
  const { clientId } = useParams({ strict: false }) as { clientId: string };
  const query = useQuery(clientQuery(clientId));
  const client = query.data;
  if (!client)
    return (
      <>
        <PageHeading title={t('clients.title')}>{t('clients.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        {query.isPending && <Loading />}
      </>
    );
  return (
    <>
      <PageHeading title={client.name}>{client.name}</PageHeading>
      <dl className="regie-data-list">
        <dt>{t('clients.clientNumber')}</dt>
        <dd>{client.clientNumber ?? '—'}</dd>
        <dt>{t('clients.phone')}</dt>
        <dd>{client.phone || '—'}</dd>
        <dt>{t('clients.address')}</dt>
        <dd>{client.address || '—'}</dd>
        {client.notes && (
          <>
            <dt>{t('clients.notes')}</dt>
            <dd className="regie-pre">{client.notes}</dd>
          </>
        )}
      </dl>
      <Section title={t('measures.activeTitle')} id="active-measures">
        <ActiveMeasures measures={client.activeMeasures} clientName={client.name} />
      </Section>
      {client.measures.length > 0 && (
        <Section title={t('measures.allTitle')} id="all-measures">
          <ul className="regie-measure-list">
            {client.measures.map((measure) => (
              <li key={measure.id}>
                <MeasureLine measure={measure} />
                <br />
                <span className="regie-muted">
                  {t(`measures.status.${measure.active ? 'active' : measure.ended ? 'ended' : measure.status}`)}
                  {measure.reviewOn &&
                    ` · ${t('measures.reviewOn', { date: formatDay(measure.reviewOn, i18n.language) })}`}
                </span>
                {measure.incidentId && (
                  <>
                    {' · '}
                    <Link
                      to="/incidents/$incidentId"
                      params={{ incidentId: measure.incidentId }}
                      className="utrecht-link"
                    >
                      {t('clients.openCase')}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('clients.incidents')} id="client-incidents">
        {client.incidents.length === 0 ? (
          <p className="utrecht-paragraph">{t('clients.noIncidents')}</p>
        ) : (
          <ul className="regie-link-list">
            {client.incidents.map((incident) => {
              const when = formatDateTime(incident.occurredAt, i18n.language);
              return (
                <li key={incident.id}>
                  {client.canOpenIncidents ? (
                    <Link to="/incidents/$incidentId" params={{ incidentId: incident.id }} className="utrecht-link">
                      {when}
                    </Link>
                  ) : (
                    when
                  )}
                  {' — '}
                  {[
                    incident.channel ? t(`incidents.channels.${incident.channel}`) : '',
                    incident.forms.map((form) => t(`incidents.formNames.${form}`)).join(', '),
                    incident.caseStatus ? t(`incidents.caseStatuses.${incident.caseStatus}`) : '',
                  ]
                    .filter((part) => part)
                    .join(' · ')}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t('clients.handlings')} id="client-handlings">
        {client.handlings.length === 0 ? (
          <p className="utrecht-paragraph">{t('clients.noHandlings')}</p>
        ) : (
          <ul className="regie-link-list">
            {client.handlings.map((handling) => (
              <li key={handling.id}>
                {formatDateTime(handling.startedAt, i18n.language)} — {t(`incidents.channels.${handling.channel}`)}
                {handling.phase !== null && ` · ${t('incidents.phaseN', { phase: handling.phase })}`}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
