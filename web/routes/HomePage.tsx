import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { THome } from '../../server/modules/home/schema';
import { api } from '../api/client';
import { hasRole, useSessionUser } from '../auth/session';
import { DataTable } from '../components/DataTable';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading, Section } from '../components/page';
import { MailStatusCard } from './admin/MailStatusCard';
import { AftercareHome } from './aftercare/AftercareQueue';
import { FollowUpTasks } from './handling/FollowUpTasks';
import { OpenHandlings, StartHandling } from './handling/StartHandling';
import { ReportCard } from './incidents/ReportCard';
import { OverduePlanItems } from './plans/OverduePlanItems';
import { SurveyInvitationsCard } from './surveys/SurveyInvitationsCard';
import { UpcomingSessionsCard } from './training/SessionsPage';

const SCRIPT_STEPS = ['acknowledge', 'goal', 'boundary', 'choice'] as const;
const ROUTE_STEPS = ['recognise', 'attune', 'limit', 'choice', 'close'] as const;

/** What to do when it goes wrong now: for everyone, always first on a phone. */
function SafetyCard({ safety }: { safety: THome['safety'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('home.safety.title')} id="safety">
      <ul className="regie-call-list">
        <li>
          <a className="regie-call regie-call--emergency" href={`tel:${safety.emergencyNumber}`}>
            <span className="regie-call__label">{t('home.safety.emergency')}</span>
            <span className="regie-call__number">{safety.emergencyNumber}</span>
          </a>
        </li>
        <li>
          <a className="regie-call" href={`tel:${safety.alarmNumber.replace(/\s/g, '')}`}>
            <span className="regie-call__label">{t('home.safety.alarm')}</span>
            <span className="regie-call__number">{safety.alarmNumber}</span>
          </a>
        </li>
      </ul>
      <p className="utrecht-paragraph">{t('home.safety.leave')}</p>
      <p className="utrecht-paragraph">
        <Link to="/protocol" className="utrecht-link">
          {t('home.safety.protocolLink')}
        </Link>
      </p>
    </Section>
  );
}

/** The de-escalation script and route of seed 000, as a reminder. */
function ScriptCard() {
  const { t } = useTranslation();
  return (
    <Section title={t('home.script.title')} id="script">
      <ol className="regie-script">
        {SCRIPT_STEPS.map((step) => (
          <li key={step}>
            <strong>{t(`home.script.${step}.name`)}</strong>: <q>{t(`home.script.${step}.sentence`)}</q>
          </li>
        ))}
      </ol>
      <p className="utrecht-paragraph">{t('home.script.rule')}</p>
      <h3 className="utrecht-heading-3">{t('home.route.title')}</h3>
      <ol className="regie-route">
        {ROUTE_STEPS.map((step) => (
          <li key={step}>{t(`home.route.${step}`)}</li>
        ))}
      </ol>
    </Section>
  );
}

/** Practice keeps the protocol alive (seed 000's 90-day plan): one tap from every role's home. */
function TrainingCard() {
  const { t } = useTranslation();
  return (
    <Section title={t('home.training.title')} id="training">
      <p className="utrecht-paragraph">{t('home.training.text')}</p>
      <ul className="regie-action-list">
        <li>
          <Link to="/training" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('home.training.link')}
          </Link>
        </li>
        <li>
          <Link to="/signal-card" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('home.training.signalCardLink')}
          </Link>
        </li>
      </ul>
    </Section>
  );
}

function TeamCard({ team }: { team: NonNullable<THome['team']> }) {
  const { t } = useTranslation();
  return (
    <Section title={t('home.team.title', { department: team.departmentName })} id="team">
      <DataTable
        caption={t('home.team.caption')}
        columns={[t('users.name'), t('users.office')]}
        rows={team.members.map((member) => ({
          key: member.id,
          cells: [
            <>
              {member.name}
              <br />
              <a className="utrecht-link" href={`mailto:${member.email}`}>
                {member.email}
              </a>
            </>,
            member.officeName ?? '—',
          ],
        }))}
        empty={t('home.team.empty')}
      />
    </Section>
  );
}

function OrganisationCard({
  counts,
  showAdminLinks,
}: {
  counts: NonNullable<THome['organisation']>;
  showAdminLinks: boolean;
}) {
  const { t } = useTranslation();
  const figures = [
    ['offices', counts.offices],
    ['departments', counts.departments],
    ['teams', counts.teams],
    ['users', counts.users],
  ] as const;
  return (
    <Section title={t('home.organisation.title')} id="organisation">
      <dl className="regie-figures">
        {figures.map(([key, value]) => (
          <div key={key} className="regie-figure">
            <dt>{t(`home.organisation.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {showAdminLinks && (
        <ul className="regie-action-list">
          <li>
            <Link to="/admin/users/new" className="utrecht-button-link utrecht-button-link--primary-action">
              {t('home.organisation.newUser')}
            </Link>
          </li>
          <li>
            <Link to="/admin/organisation" className="utrecht-button-link utrecht-button-link--secondary-action">
              {t('home.organisation.manage')}
            </Link>
          </li>
        </ul>
      )}
    </Section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api<THome>('GET', '/api/v1/home') });
  if (!user) return null;
  const data = home.data;
  // Admins and overseers come for the organisation; everyone else first needs help at hand.
  // Whoever meets clients starts a handling from here in one tap; a manager first sees their follow-up queue.
  const handles = hasRole(user, 'employee', 'responder', 'manager');
  const isManager = hasRole(user, 'manager');
  const overviewFirst =
    hasRole(user, 'admin', 'director', 'safety_officer', 'hr') && !hasRole(user, 'employee', 'manager');
  const overview = data?.organisation ? (
    <OrganisationCard counts={data.organisation} showAdminLinks={hasRole(user, 'admin')} />
  ) : null;
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: user.name })}</PageHeading>
      {data && (
        <p className="utrecht-paragraph regie-lead">
          {t('home.organisationLine', { organisation: data.organisationName })}
        </p>
      )}
      <ErrorAlert error={home.error} />
      {!data && !home.error && <Loading />}
      {data && (
        <div className="regie-cards">
          {/* Each role's own first task comes first (acting now, the follow-up queue, the figures); then what is
              asked of this person (a questionnaire, overdue plan items, aftercare conversations). */}
          {isManager && <FollowUpTasks />}
          {overviewFirst && overview}
          {handles && <StartHandling />}
          {handles && <OpenHandlings />}
          <SurveyInvitationsCard />
          <UpcomingSessionsCard />
          {data.overduePlanItems.length > 0 && <OverduePlanItems items={data.overduePlanItems} />}
          <AftercareHome />
          {data.team && <TeamCard team={data.team} />}
          {hasRole(user, 'employee', 'responder', 'manager', 'safety_officer') && <ReportCard />}
          {!isManager && hasRole(user, 'safety_officer') && <FollowUpTasks />}
          <SafetyCard safety={data.safety} />
          <ScriptCard />
          <TrainingCard />
          {!overviewFirst && overview}
          {hasRole(user, 'admin') && <MailStatusCard />}
        </div>
      )}
    </>
  );
}
