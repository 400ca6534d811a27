import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TSessionResponse } from '../../server/modules/auth/schema';
import { api } from '../api/client';
import { adoptSession, sessionQuery } from '../auth/session';
import { ErrorAlert } from '../components/feedback';
import { TextInput } from '../components/fields';
import { PageHeading } from '../components/page';
import { SsoError, SsoLoginButton, useSsoStatus } from '../components/sso/SsoLogin';
import { useAction } from '../components/useAction';

/** Only paths inside Regie are followed after login, never another site. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { redirect?: string; sso?: string };
  const ssoStatus = useSsoStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, run } = useAction();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      const session = await api<TSessionResponse>('POST', '/api/v1/auth/login', { email, password });
      adoptSession(session);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      if (session.user.secondFactor === 'verify') {
        await navigate({ to: '/second-factor', search: { redirect: safeRedirect(search.redirect) } });
        return;
      }
      await navigate({ to: session.user.mustChangePassword ? '/change-password' : safeRedirect(search.redirect) });
    });
    if (!ok) setPassword('');
  }

  return (
    <div className="regie-narrow">
      <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('login.intro')}</p>
      <SsoError code={search.sso} />
      <ErrorAlert error={error} />
      <SsoLoginButton status={ssoStatus} />
      <Form onSubmit={submit} className="regie-form">
        <TextInput
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          isRequired
        />
        <TextInput
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          isRequired
        />
        <Button type="submit" className="utrecht-button utrecht-button--primary-action" isDisabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </Button>
      </Form>
    </div>
  );
}
