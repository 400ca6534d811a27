import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An error from the API (or anything else) as an alert that screen readers announce. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = error instanceof ApiError ? error.title : t('common.unexpectedError');
  return (
    <div className="utrecht-alert utrecht-alert--error regie-alert" role="alert">
      <p className="utrecht-paragraph">{text}</p>
    </div>
  );
}

export function SuccessNote({ children }: { children: React.ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok regie-alert" role="status">
      <p className="utrecht-paragraph">{children}</p>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph" role="status">
      {t('common.loading')}
    </p>
  );
}
