import { useTranslation } from 'react-i18next';

/** A signing secret is shown once: the receiver needs it to check that a call really comes from Regie. */
export function SecretNote({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-alert utrecht-alert--warning regie-alert" role="status">
      <p className="utrecht-paragraph">{t('webhooks.secretOnce')}</p>
      <p className="utrecht-paragraph">
        <code className="regie-secret">{secret}</code>
      </p>
      <p className="utrecht-paragraph">{t('webhooks.secretHowTo')}</p>
    </div>
  );
}
