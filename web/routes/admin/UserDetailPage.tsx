import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../server/modules/users/schema';
import { api } from '../../api/client';
import { userQuery, usersQuery } from '../../api/queries';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { toUserBody, UserForm } from './UserForm';

function ResetPassword({ user, onDone }: { user: TUser; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const { error, run } = useAction();
  const [done, setDone] = useState(false);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setDone(false);
    await run(async () => {
      await api('POST', `/api/v1/users/${user.id}/reset-password`, { temporaryPassword });
      setTemporaryPassword('');
      setDone(true);
      await onDone();
    });
  }
  return (
    <Section title={t('users.resetPassword')}>
      <p className="utrecht-paragraph">{t('users.resetPasswordHelp')}</p>
      <ErrorAlert error={error} />
      {done && <SuccessNote>{t('users.resetPasswordDone')}</SuccessNote>}
      <Form onSubmit={submit} className="regie-form">
        <TextInput
          label={t('users.temporaryPassword')}
          name="temporaryPassword"
          type="password"
          autoComplete="new-password"
          value={temporaryPassword}
          onChange={setTemporaryPassword}
          minLength={12}
          isRequired
        />
        <Button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('users.resetPasswordSubmit')}
        </Button>
      </Form>
    </Section>
  );
}

/** Two things an admin does when a phone is lost or someone leaves in a hurry. */
function AccessEmergency({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const [note, setNote] = useState<string | null>(null);
  return (
    <Section title={t('users.emergencyTitle')}>
      <ErrorAlert error={error} />
      {note && <SuccessNote>{note}</SuccessNote>}
      <p className="utrecht-paragraph">{t('users.emergencyHelp')}</p>
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          onPress={() =>
            void run(async () => {
              const result = await api<{ ended: number }>('POST', `/api/v1/users/${user.id}/sessions/revoke`);
              setNote(t('users.sessionsRevoked', { count: result.ended }));
            })
          }
        >
          {t('users.revokeSessions')}
        </Button>
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          onPress={() =>
            void run(async () => {
              await api('POST', `/api/v1/users/${user.id}/totp/reset`);
              setNote(t('users.totpResetDone'));
            })
          }
        >
          {t('users.resetTotp')}
        </Button>
      </div>
    </Section>
  );
}

export function UserDetailPage() {
  const { t, i18n } = useTranslation();
  const { userId } = useParams({ strict: false }) as { userId: string };
  const search = useSearch({ strict: false }) as { created?: boolean };
  const queryClient = useQueryClient();
  const user = useQuery(userQuery(userId));
  const [saved, setSaved] = useState(false);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
  };
  const status = useMutation({
    mutationFn: (active: boolean) =>
      api<TUser>('POST', `/api/v1/users/${userId}/${active ? 'activate' : 'deactivate'}`),
    onSuccess: refresh,
  });
  const data = user.data;

  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/admin/users" className="utrecht-link">
          {t('users.back')}
        </Link>
      </p>
      <PageHeading title={data?.name ?? t('users.title')}>{data?.name ?? t('users.title')}</PageHeading>
      <ErrorAlert error={user.error} />
      {user.isPending && <Loading />}
      {data && (
        <>
          {search.created && <SuccessNote>{t('users.created', { email: data.email })}</SuccessNote>}
          <dl className="utrecht-data-list regie-data-list">
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('users.status')}</dt>
              <dd className="utrecht-data-list__item-value">
                {!data.active ? t('users.inactive') : data.locked ? t('users.locked') : t('users.active')}
                {data.mustChangePassword && ` · ${t('users.mustChange')}`}
              </dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('users.lastLogin')}</dt>
              <dd className="utrecht-data-list__item-value">
                {formatDateTime(data.lastLoginAt, i18n.language) || t('users.never')}
              </dd>
            </div>
          </dl>
          <Section title={t('users.details')}>
            {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
            <UserForm
              key={`${data.id}-${data.email}-${data.roles.join()}`}
              initial={{
                name: data.name,
                email: data.email,
                language: data.language,
                roles: data.roles,
                officeId: data.officeId ?? '',
                departmentId: data.departmentId ?? '',
                teamId: data.teamId ?? '',
              }}
              submitLabel={t('common.save')}
              onSubmit={async (values) => {
                setSaved(false);
                await api('PATCH', `/api/v1/users/${userId}`, toUserBody(values));
                await refresh();
                setSaved(true);
              }}
            />
          </Section>
          <ResetPassword user={data} onDone={refresh} />
          <AccessEmergency user={data} />
          <Section title={t('users.access')}>
            <p className="utrecht-paragraph">{t(data.active ? 'users.deactivateHelp' : 'users.activateHelp')}</p>
            <ErrorAlert error={status.error} />
            <Button
              className={`utrecht-button ${data.active ? 'utrecht-button--warning' : 'utrecht-button--secondary-action'}`}
              onPress={() => status.mutate(!data.active)}
            >
              {t(data.active ? 'users.deactivate' : 'users.activate')}
            </Button>
          </Section>
        </>
      )}
    </>
  );
}
