import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { sessionQuery, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { TextInput } from '../../components/fields';
import { formatDateTime, PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { CodeField } from './CodeField';

interface TotpStatus {
  enabled: boolean;
  enabledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

const totpQuery = {
  queryKey: ['totp'],
  queryFn: () => api<TotpStatus>('GET', '/api/v1/auth/totp'),
};

/** Shown once, right after switching on or renewing: printable, and gone when the page is left. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.codesTitle')} id="recovery-codes">
      <p className="utrecht-paragraph">{t('twoFactor.codesIntro')}</p>
      <ol className="regie-recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="utrecht-button-group regie-no-print">
        <Button className="utrecht-button utrecht-button--secondary-action" onPress={() => window.print()}>
          {t('twoFactor.print')}
        </Button>
        <Button className="utrecht-button utrecht-button--primary-action" onPress={onDone}>
          {t('twoFactor.codesSaved')}
        </Button>
      </div>
    </Section>
  );
}

function SetUp({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const start = useAction();
  const enable = useAction();

  if (!enrolment) {
    return (
      <Section title={t('twoFactor.setUpTitle')} id="set-up">
        <ol className="utrecht-ordered-list">
          <li>{t('twoFactor.stepInstall')}</li>
          <li>{t('twoFactor.stepScan')}</li>
          <li>{t('twoFactor.stepCode')}</li>
        </ol>
        <ErrorAlert error={start.error} />
        <Button
          className="utrecht-button utrecht-button--primary-action"
          isDisabled={start.busy}
          onPress={() => void start.run(async () => setEnrolment(await api('POST', '/api/v1/auth/totp/setup')))}
        >
          {t('twoFactor.start')}
        </Button>
      </Section>
    );
  }

  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret;
  return (
    <Section title={t('twoFactor.setUpTitle')} id="set-up">
      <p className="utrecht-paragraph">{t('twoFactor.scan')}</p>
      <img
        className="regie-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('twoFactor.qrAlt')}
        width={200}
        height={200}
      />
      <p className="utrecht-paragraph">
        {t('twoFactor.manual')} <code className="regie-secret">{grouped}</code>
      </p>
      <ErrorAlert error={enable.error} />
      <Form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void enable.run(async () => {
            const result = await api<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/totp/enable', { code });
            onEnabled(result.recoveryCodes);
          });
          setCode('');
        }}
      >
        <CodeField value={code} onChange={setCode} />
        <Button type="submit" isDisabled={enable.busy} className="utrecht-button utrecht-button--primary-action">
          {t('twoFactor.enable')}
        </Button>
      </Form>
    </Section>
  );
}

function Manage({ status, onCodes }: { status: TotpStatus; onCodes: (codes: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [renewCode, setRenewCode] = useState('');
  const [password, setPassword] = useState('');
  const [disableCode, setDisableCode] = useState('');
  const renew = useAction();
  const disable = useAction();
  return (
    <>
      <Section title={t('twoFactor.statusTitle')} id="status">
        <p className="utrecht-paragraph">
          {t('twoFactor.onSince', { date: formatDateTime(status.enabledAt, i18n.language) })}{' '}
          {t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}
        </p>
      </Section>
      <Section title={t('twoFactor.renewTitle')} id="renew">
        <p className="utrecht-paragraph">{t('twoFactor.renewIntro')}</p>
        <ErrorAlert error={renew.error} />
        <Form
          className="regie-form"
          onSubmit={(event) => {
            event.preventDefault();
            void renew.run(async () => {
              const result = await api<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/totp/recovery-codes', {
                code: renewCode,
              });
              onCodes(result.recoveryCodes);
            });
            setRenewCode('');
          }}
        >
          <CodeField value={renewCode} onChange={setRenewCode} />
          <Button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('twoFactor.renew')}
          </Button>
        </Form>
      </Section>
      <Section title={t('twoFactor.disableTitle')} id="disable">
        {status.required ? (
          <p className="utrecht-paragraph">{t('twoFactor.requiredNote')}</p>
        ) : (
          <>
            <ErrorAlert error={disable.error} />
            <Form
              className="regie-form"
              onSubmit={(event) => {
                event.preventDefault();
                void disable.run(async () => {
                  await api('POST', '/api/v1/auth/totp/disable', { password, code: disableCode });
                  await queryClient.invalidateQueries({ queryKey: totpQuery.queryKey });
                });
                setPassword('');
                setDisableCode('');
              }}
            >
              <TextInput
                label={t('password.current')}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={setPassword}
                isRequired
              />
              <CodeField value={disableCode} onChange={setDisableCode} />
              <Button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {t('twoFactor.disable')}
              </Button>
            </Form>
          </>
        )}
      </Section>
    </>
  );
}

/** Two-step verification: set up with an authenticator app, recovery codes, switch off where allowed. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const status = useQuery(totpQuery);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [justEnabled, setJustEnabled] = useState(false);
  const mustSetUp = user?.secondFactor === 'setup';

  async function codesSaved() {
    setCodes(null);
    await queryClient.invalidateQueries({ queryKey: totpQuery.queryKey });
    if (mustSetUp) {
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await navigate({ to: '/' });
    }
  }

  return (
    <div className="regie-narrow">
      <PageHeading title={t('twoFactor.title')}>{t('twoFactor.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('twoFactor.intro')}</p>
      {mustSetUp && !codes && (
        <div className="utrecht-alert utrecht-alert--warning regie-alert" role="status">
          <p className="utrecht-paragraph">{t('twoFactor.requiredNow')}</p>
        </div>
      )}
      {justEnabled && !codes && <SuccessNote>{t('twoFactor.enabled')}</SuccessNote>}
      <ErrorAlert error={status.error} />
      {status.isPending && <Loading />}
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => void codesSaved()} />
      ) : (
        status.data &&
        (status.data.enabled ? (
          <Manage status={status.data} onCodes={setCodes} />
        ) : (
          <SetUp
            onEnabled={(recoveryCodes) => {
              setJustEnabled(true);
              setCodes(recoveryCodes);
            }}
          />
        ))
      )}
    </div>
  );
}
