import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { invitationsQuery } from '../../api/surveys';
import { Section } from '../../components/page';
import { formatDay } from './format';

/** Open questionnaires for this user, on the home screen; shows nothing when there are none. */
export function SurveyInvitationsCard() {
  const { t, i18n } = useTranslation();
  const invitations = useQuery(invitationsQuery);
  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <Section title={t('surveys.home.title')} id="surveys">
      <p className="utrecht-paragraph">{t('surveys.home.text')}</p>
      <ul className="regie-action-list">
        {invitations.data.map((invitation) => (
          <li key={invitation.campaignId}>
            <Link
              to="/surveys/answer/$campaignId"
              params={{ campaignId: invitation.campaignId }}
              className="utrecht-button-link utrecht-button-link--primary-action"
            >
              {t('surveys.home.answer', { title: invitation.title })}
            </Link>{' '}
            <span className="regie-muted">
              {t('surveys.home.until', { date: formatDay(invitation.closesOn, i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
