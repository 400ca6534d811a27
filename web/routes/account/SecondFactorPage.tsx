import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { sessionQuery } from '../../auth/session';
import { ErrorAlert } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { useAction } from '../../components/useAction';
import { safeRedirect } from '../LoginPage';
import { CodeField } from './CodeField';

/** The second step of signing in: the six digits from the authenticator app, or a recovery code. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/second-factor' });
  const [code, setCode] = useState('');
  const { error, busy, run } = useAction();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await api('POST', '/api/v1/auth/second-factor', { code });
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await navigate({ to: safeRedirect(search.redirect) });
    });
    if (!ok) {
      setCode('');
      // A lockout ends the half-open session: back to the login page with the message kept on screen there.
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    }
  }

  return (
    <div className="regie-narrow">
      <PageHeading title={t('secondFactor.title')}>{t('secondFactor.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('secondFactor.intro')}</p>
      <ErrorAlert error={error} />
      <Form onSubmit={submit} className="regie-form">
        <CodeField value={code} onChange={setCode} description={t('secondFactor.codeHelp')} autoFocus />
        <Button type="submit" isDisabled={busy} className="utrecht-button utrecht-button--primary-action">
          {t('secondFactor.submit')}
        </Button>
      </Form>
    </div>
  );
}
