import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TMailStatus } from '../../../server/modules/mail/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { Section } from '../../components/page';

/** The administrator's view of outgoing e-mail: is an SMTP server set up, and is anything stuck. */
export function MailStatusCard() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['mail', 'status'],
    queryFn: () => api<TMailStatus>('GET', '/api/v1/mail/status'),
  });
  const data = status.data;
  return (
    <Section title={t('mail.title')} id="mail">
      <ErrorAlert error={status.error} />
      {data && (
        <>
          <p className="utrecht-paragraph">
            {data.configured ? t('mail.configured', { from: data.from }) : t('mail.notConfigured')}
          </p>
          <dl className="regie-figures">
            {(['pending', 'failed', 'dead', 'sent'] as const).map((key) => (
              <div key={key} className="regie-figure">
                <dt>{t(`mail.counts.${key}`)}</dt>
                <dd>{data.counts[key]}</dd>
              </div>
            ))}
          </dl>
          {data.recent.find((mail) => mail.lastError) && (
            <p className="utrecht-paragraph">
              {t('mail.lastError', { error: data.recent.find((mail) => mail.lastError)?.lastError })}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
