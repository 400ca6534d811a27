import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

interface SsoStatus {
  enabled: boolean;
  passwordLoginEnabled: boolean;
}

export const ssoStatusQuery = {
  queryKey: ['sso-status'],
  queryFn: () => api<SsoStatus>('GET', '/api/v1/auth/sso'),
};

const KNOWN_ERRORS = [
  'sso_state_invalid',
  'sso_failed',
  'sso_cancelled',
  'sso_no_role',
  'sso_email_missing',
  'sso_email_unverified',
  'sso_provider_unreachable',
  'sso_not_configured',
  'account_inactive',
];

/** Why the last sign-in through the organisation failed: the callback sends the browser back with a code. */
export function SsoError({ code }: { code: string | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  const key = KNOWN_ERRORS.includes(code) ? code : 'sso_failed';
  return (
    <div className="utrecht-alert utrecht-alert--error regie-alert" role="alert">
      <p className="utrecht-paragraph">{t(`sso.errors.${key}`)}</p>
    </div>
  );
}

/**
 * The button to sign in through the organisation's identity provider, shown only when the admin configured it.
 * A plain link: the whole page goes to the provider and comes back through the server's callback.
 */
export function SsoLoginButton({ status }: { status: SsoStatus | undefined }) {
  const { t } = useTranslation();
  if (!status?.enabled) return null;
  return (
    <section aria-labelledby="sso-heading" className="regie-sso">
      <h2 id="sso-heading" className="utrecht-heading-2">
        {t('sso.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('sso.intro')}</p>
      <a
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button--primary-action"
        href="/api/v1/auth/sso/start"
      >
        {t('sso.button')}
      </a>
      {status.passwordLoginEnabled ? (
        <p className="utrecht-paragraph">{t('sso.orPassword')}</p>
      ) : (
        <p className="utrecht-paragraph">{t('sso.passwordOff')}</p>
      )}
    </section>
  );
}

export function useSsoStatus() {
  return useQuery(ssoStatusQuery).data;
}
