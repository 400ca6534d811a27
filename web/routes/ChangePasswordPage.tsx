import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { sessionQuery, useSessionUser } from '../auth/session';
import { ErrorAlert } from '../components/feedback';
import { TextInput } from '../components/fields';
import { PageHeading } from '../components/page';
import { useAction } from '../components/useAction';

const MIN_LENGTH = 12;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { error, run } = useAction();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', '/api/v1/auth/password', { currentPassword, newPassword });
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await navigate({ to: '/', search: {} });
    });
  }

  return (
    <div className="regie-narrow">
      <PageHeading title={t('password.title')}>{t('password.title')}</PageHeading>
      {user?.mustChangePassword && <p className="utrecht-paragraph">{t('password.required')}</p>}
      <ErrorAlert error={error} />
      <Form onSubmit={submit} className="regie-form">
        <TextInput
          label={t('password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          isRequired
        />
        <TextInput
          label={t('password.new')}
          description={t('password.rule', { count: MIN_LENGTH })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          minLength={MIN_LENGTH}
          isRequired
        />
        <TextInput
          label={t('password.repeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          isRequired
          validate={(value) => (value && value !== newPassword ? t('password.mismatch') : null)}
        />
        <Button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('password.submit')}
        </Button>
      </Form>
    </div>
  );
}
