import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('notFound.text')}</p>
      <Link to="/" className="utrecht-link">
        {t('notFound.home')}
      </Link>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('forbidden.title')}>{t('forbidden.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('forbidden.text')}</p>
      <Link to="/" className="utrecht-link">
        {t('notFound.home')}
      </Link>
    </>
  );
}
