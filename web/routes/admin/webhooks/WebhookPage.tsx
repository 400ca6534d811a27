import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TDelivery } from '../../../../server/modules/webhooks/schema';
import { api } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../../components/page';
import { useAction } from '../../../components/useAction';
import { SecretNote } from './SecretNote';
import { webhooksQuery } from './WebhooksPage';

interface TestResult {
  status: 'delivered' | 'failed' | 'dead';
  statusCode: number | null;
  error: string | null;
}

/** One subscriber: test it, switch it off or on, rotate its secret, remove it, and read its delivery log. */
export function WebhookPage() {
  const { t, i18n } = useTranslation();
  const { webhookId } = useParams({ from: '/signed-in/admin/webhooks/$webhookId' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const webhooks = useQuery(webhooksQuery);
  const deliveries = useQuery({
    queryKey: ['webhooks', webhookId, 'deliveries'],
    queryFn: async () =>
      (await api<{ deliveries: TDelivery[] }>('GET', `/api/v1/webhooks/${webhookId}/deliveries`)).deliveries,
  });
  const { error, busy, run } = useAction();
  const [tested, setTested] = useState<TestResult | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const webhook = webhooks.data?.find((candidate) => candidate.id === webhookId);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: webhooksQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: ['webhooks', webhookId, 'deliveries'] }),
    ]);

  if (webhooks.isPending) return <Loading />;
  if (!webhook) return <ErrorAlert error={webhooks.error ?? new Error(t('webhooks.notFound'))} />;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/admin/webhooks" className="utrecht-link">
          {t('webhooks.back')}
        </Link>
      </p>
      <PageHeading title={webhook.name}>{webhook.name}</PageHeading>
      <p className="utrecht-paragraph regie-lead">
        <code>{webhook.url}</code> · {t(`webhooks.scopes.${webhook.scope}`)} ·{' '}
        {webhook.active ? t('webhooks.active') : t('webhooks.inactive')}
      </p>
      <ErrorAlert error={error} />
      {tested &&
        (tested.status === 'delivered' ? (
          <SuccessNote>{t('webhooks.testDelivered', { code: tested.statusCode })}</SuccessNote>
        ) : (
          <div className="utrecht-alert utrecht-alert--error regie-alert" role="alert">
            <p className="utrecht-paragraph">{t('webhooks.testFailed', { reason: tested.error ?? '' })}</p>
          </div>
        ))}
      {secret && <SecretNote secret={secret} />}
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--primary-action"
          isDisabled={busy}
          onPress={() =>
            void run(async () => {
              setTested(await api<TestResult>('POST', `/api/v1/webhooks/${webhookId}/test`));
              await refresh();
            })
          }
        >
          {t('webhooks.test')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy}
          onPress={() =>
            void run(async () => {
              await api('PATCH', `/api/v1/webhooks/${webhookId}`, { active: !webhook.active });
              await refresh();
            })
          }
        >
          {webhook.active ? t('webhooks.deactivate') : t('webhooks.activate')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          isDisabled={busy}
          onPress={() =>
            void run(async () =>
              setSecret((await api<{ secret: string }>('POST', `/api/v1/webhooks/${webhookId}/secret`)).secret),
            )
          }
        >
          {t('webhooks.rotate')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--subtle"
          isDisabled={busy}
          onPress={() =>
            void run(async () => {
              await api('DELETE', `/api/v1/webhooks/${webhookId}`);
              await queryClient.invalidateQueries({ queryKey: webhooksQuery.queryKey });
              await navigate({ to: '/admin/webhooks' });
            })
          }
        >
          {t('webhooks.remove')}
        </Button>
      </div>
      <Section title={t('webhooks.log')} id="deliveries">
        <ErrorAlert error={deliveries.error} />
        {deliveries.data && (
          <DataTable
            caption={t('webhooks.log')}
            columns={[t('webhooks.when'), t('webhooks.event'), t('webhooks.status'), t('webhooks.answer')]}
            rows={deliveries.data.map((delivery) => ({
              key: String(delivery.id),
              cells: [
                formatDateTime(delivery.createdAt, i18n.language),
                t(`webhooks.eventNames.${delivery.eventType}`, { defaultValue: delivery.eventType }),
                t(`webhooks.statuses.${delivery.status}`, {
                  attempts: delivery.attempts,
                  next: delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt, i18n.language) : '',
                }),
                delivery.lastError ?? (delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : '—'),
              ],
            }))}
            empty={t('webhooks.noDeliveries')}
          />
        )}
      </Section>
    </>
  );
}
