import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { THandlingClient } from '../../../server/modules/clients/schema';
import type { THandling } from '../../../server/modules/handlings/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { ActiveMeasures } from './ActiveMeasures';
import { ClientPicker } from './ClientPicker';
import { NewClientForm } from './ClientsPage';

type ClientAnswer = { client: THandlingClient | null };

/**
 * On the handling screen: which client this is (search while handling, or record a new one) with their active
 * measures; and once the handling is closed, the draft report it left ("Melding afmaken").
 */
export function HandlingIncidentPanel({ handling }: { handling: THandling }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const clientKey = ['handlings', handling.id, 'client'];
  const linked = useQuery({
    queryKey: clientKey,
    queryFn: () => api<ClientAnswer>('GET', `/api/v1/handlings/${handling.id}/client`),
  });
  const report = useQuery({
    queryKey: ['handlings', handling.id, 'incident'],
    queryFn: () =>
      api<{ incident: { id: string; status: 'draft' | 'submitted' } | null }>(
        'GET',
        `/api/v1/handlings/${handling.id}/incident`,
      ),
    enabled: handling.status === 'closed',
  });
  const { error, busy, run } = useAction();
  const link = (clientId: string | null) =>
    run(async () => {
      const answer = await api<ClientAnswer>('PUT', `/api/v1/handlings/${handling.id}/client`, { clientId });
      queryClient.setQueryData(clientKey, answer);
    });
  const client = linked.data?.client ?? null;
  const incident = report.data?.incident ?? null;
  return (
    <>
      {incident && (
        <Section title={t('incidents.fromHandling.title')} id="handling-report">
          {incident.status === 'draft' ? (
            <>
              <p className="utrecht-paragraph">{t('incidents.fromHandling.draft')}</p>
              <Link
                to="/incidents/$incidentId/edit"
                params={{ incidentId: incident.id }}
                className="utrecht-button-link utrecht-button-link--primary-action"
              >
                {t('incidents.fromHandling.complete')}
              </Link>
            </>
          ) : (
            <Link to="/incidents/$incidentId" params={{ incidentId: incident.id }} className="utrecht-link">
              {t('incidents.fromHandling.sent')}
            </Link>
          )}
        </Section>
      )}
      <Section title={t('clients.ofHandling')} id="handling-client">
        <ErrorAlert error={linked.error ?? error} />
        {client ? (
          <>
            <p className="utrecht-paragraph regie-lead">
              <strong>{client.name}</strong>{' '}
              <span className="regie-muted">
                {[client.clientNumber, client.phone].filter((part) => part).join(' · ')}
              </span>
            </p>
            <ActiveMeasures measures={client.activeMeasures} clientName={client.name} />
            <p className="utrecht-paragraph">
              {client.recent.handlings + client.recent.incidents === 0
                ? t('clients.recentNone', { weeks: client.recent.days / 7 })
                : t('clients.recent', {
                    weeks: client.recent.days / 7,
                    handlings: client.recent.handlings,
                    incidents: client.recent.incidents,
                    last: formatDateTime(client.recent.lastContactAt, i18n.language),
                  })}
            </p>
            <p className="utrecht-paragraph">
              <Link to="/clients/$clientId" params={{ clientId: client.id }} className="utrecht-link">
                {t('clients.history')}
              </Link>
            </p>
            {handling.canAct && (
              <Button
                className="utrecht-button utrecht-button--subtle"
                isDisabled={busy}
                onPress={() => void link(null)}
              >
                {t('clients.unlink')}
              </Button>
            )}
          </>
        ) : handling.canAct ? (
          <>
            <ClientPicker busy={busy} onChoose={(chosen) => void link(chosen.id)} />
            <details className="regie-details">
              <summary>{t('clients.newDuringHandling')}</summary>
              <NewClientForm onCreated={(created) => void link(created.id)} />
            </details>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('clients.noneLinked')}</p>
        )}
      </Section>
    </>
  );
}
