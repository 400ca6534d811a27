import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { orgQuery } from '../api/queries';
import { useSessionUser } from '../auth/session';
import { PageHeading, Section } from '../components/page';
import { SessionsSection } from './account/SessionsSection';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const org = useQuery(orgQuery).data;
  if (!user) return null;
  const nameOf = (list: { id: string; name: string }[] | undefined, id: string | null) =>
    list?.find((item) => item.id === id)?.name ?? '—';
  const rows: [string, string][] = [
    [t('users.name'), user.name],
    [t('users.email'), user.email],
    [t('users.roles'), user.roles.map((role) => t(`roles.${role}`)).join(', ')],
    [t('users.office'), nameOf(org?.offices, user.officeId)],
    [t('users.department'), nameOf(org?.departments, user.departmentId)],
    [t('users.team'), nameOf(org?.teams, user.teamId)],
  ];
  return (
    <>
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <Section title={t('account.details')}>
        <dl className="utrecht-data-list regie-data-list">
          {rows.map(([label, value]) => (
            <div key={label} className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{label}</dt>
              <dd className="utrecht-data-list__item-value">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="utrecht-paragraph">{t('account.changeDetails')}</p>
      </Section>
      <Section title={t('account.security')}>
        <div className="utrecht-button-group">
          <Link to="/change-password" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('account.changePassword')}
          </Link>
          <Link to="/account/two-factor" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('account.twoFactor')}
          </Link>
        </div>
      </Section>
      <SessionsSection />
    </>
  );
}
