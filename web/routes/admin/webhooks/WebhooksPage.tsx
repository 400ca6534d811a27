import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, WEBHOOK_SCOPES } from '../../../../server/modules/webhooks/events';
import type { TWebhook } from '../../../../server/modules/webhooks/schema';
import { api } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, Loading, SuccessNote } from '../../../components/feedback';
import { Checkboxes, SelectInput, TextInput } from '../../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../../components/page';
import { useAction } from '../../../components/useAction';
import { useFormValues } from '../../../components/useFieldErrors';
import { SecretNote } from './SecretNote';

export const webhooksQuery = {
  queryKey: ['webhooks'],
  queryFn: async () => (await api<{ webhooks: TWebhook[] }>('GET', '/api/v1/webhooks')).webhooks,
};

/** Events an outside system can subscribe to; the test event is only ever sent by the test button. */
const SUBSCRIBABLE = WEBHOOK_EVENTS.filter((event) => event !== 'webhook.test');

function NewWebhook({ onCreated }: { onCreated: (secret: string, id: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { error, busy, run } = useAction();
  const {
    values,
    setValues,
    set,
    errors: fieldErrors,
  } = useFormValues({ name: '', url: '', events: [] as string[], scope: 'minimal' }, error);
  return (
    <Section title={t('webhooks.new')} id="new-webhook">
      <ErrorAlert error={error} />
      <Form
        className="regie-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const created = await api<TWebhook & { secret: string }>('POST', '/api/v1/webhooks', values);
            await queryClient.invalidateQueries({ queryKey: webhooksQuery.queryKey });
            setValues({ name: '', url: '', events: [], scope: 'minimal' });
            onCreated(created.secret, created.id);
          });
        }}
      >
        <TextInput label={t('webhooks.name')} name="name" value={values.name} onChange={set('name')} isRequired />
        <TextInput
          label={t('webhooks.url')}
          description={t('webhooks.urlHelp')}
          name="url"
          value={values.url}
          onChange={set('url')}
          isRequired
        />
        <Checkboxes
          label={t('webhooks.events')}
          name="events"
          value={values.events}
          onChange={set('events')}
          options={SUBSCRIBABLE.map((event) => ({ value: event, label: t(`webhooks.eventNames.${event}`) }))}
          isRequired
        />
        <SelectInput
          label={t('webhooks.scope')}
          name="scope"
          value={values.scope}
          onChange={set('scope')}
          options={WEBHOOK_SCOPES.map((scope) => ({ value: scope, label: t(`webhooks.scopes.${scope}`) }))}
        />
        <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
          {t('webhooks.create')}
        </Button>
      </Form>
    </Section>
  );
}

/** The admin connects outside systems: what they hear about, how much, and whether it arrives. */
export function WebhooksPage() {
  const { t, i18n } = useTranslation();
  const webhooks = useQuery(webhooksQuery);
  const [created, setCreated] = useState<{ secret: string; id: string } | null>(null);
  return (
    <>
      <PageHeading title={t('webhooks.title')}>{t('webhooks.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('webhooks.intro')}</p>
      {created && (
        <>
          <SuccessNote>{t('webhooks.created')}</SuccessNote>
          <SecretNote secret={created.secret} />
          <p className="utrecht-paragraph">
            <Link to="/admin/webhooks/$webhookId" params={{ webhookId: created.id }} className="utrecht-link">
              {t('webhooks.openCreated')}
            </Link>
          </p>
        </>
      )}
      <ErrorAlert error={webhooks.error} />
      {webhooks.isPending && <Loading />}
      {webhooks.data && (
        <DataTable
          caption={t('webhooks.title')}
          columns={[t('webhooks.name'), t('webhooks.events'), t('webhooks.scope'), t('webhooks.delivery')]}
          rows={webhooks.data.map((webhook) => ({
            key: webhook.id,
            cells: [
              <Link
                key="name"
                to="/admin/webhooks/$webhookId"
                params={{ webhookId: webhook.id }}
                className="utrecht-link"
              >
                {webhook.name}
              </Link>,
              webhook.events.map((event) => t(`webhooks.eventNames.${event}`, { defaultValue: event })).join(', '),
              t(`webhooks.scopes.${webhook.scope}`),
              webhook.active
                ? t('webhooks.deliverySummary', {
                    delivered: webhook.delivered,
                    failing: webhook.failing,
                    dead: webhook.dead,
                    last: webhook.lastDeliveryAt ? formatDateTime(webhook.lastDeliveryAt, i18n.language) : '—',
                  })
                : t('webhooks.inactive'),
            ],
          }))}
          empty={t('webhooks.none')}
        />
      )}
      <NewWebhook onCreated={(secret, id) => setCreated({ secret, id })} />
    </>
  );
}
