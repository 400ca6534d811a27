import { useNavigate } from '@tanstack/react-router';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TClient } from '../../../server/modules/clients/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert } from '../../components/feedback';
import { TextAreaInput, TextInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { useFormValues } from '../../components/useFieldErrors';
import { ClientPicker } from './ClientPicker';

const EMPTY = { name: '', clientNumber: '', phone: '', address: '', notes: '' };

/** Recording a client: only what is needed to recognise them again. */
export function NewClientForm({ onCreated }: { onCreated: (client: TClient) => void }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAction();
  const { values, setValues, set, errors: fieldErrors } = useFormValues(EMPTY, error);
  return (
    <Form
      className="regie-form"
      validationErrors={fieldErrors}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const client = await api<TClient>('POST', '/api/v1/clients', values);
          setValues(EMPTY);
          onCreated(client);
        });
      }}
    >
      <ErrorAlert error={error} />
      <TextInput label={t('clients.name')} name="name" value={values.name} onChange={set('name')} isRequired />
      <div className="regie-field-row">
        <TextInput
          label={t('clients.clientNumber')}
          name="clientNumber"
          value={values.clientNumber}
          onChange={set('clientNumber')}
        />
        <TextInput label={t('clients.phone')} name="phone" type="tel" value={values.phone} onChange={set('phone')} />
      </div>
      <TextInput label={t('clients.address')} name="address" value={values.address} onChange={set('address')} />
      <TextAreaInput
        label={t('clients.notes')}
        description={t('clients.notesHelp')}
        name="notes"
        value={values.notes}
        onChange={set('notes')}
      />
      <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
        {t('clients.create')}
      </Button>
    </Form>
  );
}

export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionUser();
  const open = (id: string) => void navigate({ to: '/clients/$clientId', params: { clientId: id } });
  return (
    <>
      <PageHeading title={t('clients.title')}>{t('clients.title')}</PageHeading>
      <Section title={t('clients.search.title')} id="client-search">
        <ClientPicker onChoose={(client) => open(client.id)} />
      </Section>
      {hasRole(user, 'employee', 'responder', 'manager', 'safety_officer') && (
        <Section title={t('clients.new')} id="client-new">
          <NewClientForm onCreated={(client) => open(client.id)} />
        </Section>
      )}
    </>
  );
}
