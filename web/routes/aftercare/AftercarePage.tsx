import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useSessionUser } from '../../auth/session';
import { PageHeading, Section } from '../../components/page';
import { AftercareQueue } from './AftercareQueue';
import { MyAftercare } from './MyAftercare';

/** "Nazorg": one's own check-ins, and per role the queue, the proposals, the referrals and the schedule. */
export function AftercarePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const links = [
    hasRole(user, 'safety_officer') && { to: '/aftercare/proposals', label: t('aftercare.links.proposals') },
    hasRole(user, 'hr') && { to: '/aftercare/referrals', label: t('aftercare.links.referrals') },
    hasRole(user, 'safety_officer', 'admin') && { to: '/aftercare/settings', label: t('aftercare.links.settings') },
  ].filter((link): link is { to: string; label: string } => Boolean(link));
  return (
    <>
      <PageHeading title={t('aftercare.title')}>{t('aftercare.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('aftercare.lead')}</p>
      {hasRole(user, 'manager', 'safety_officer') && <AftercareQueue />}
      {links.length > 0 && (
        <Section title={t('aftercare.links.title')} id="aftercare-links">
          <ul className="regie-action-list">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="utrecht-button-link utrecht-button-link--secondary-action">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <h2 className="utrecht-heading-2">{t('aftercare.mine.title')}</h2>
      <MyAftercare />
    </>
  );
}
