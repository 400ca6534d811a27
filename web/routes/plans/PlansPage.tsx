import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlan, TPlanOptions, TPlanSummary } from '../../../server/modules/coaching-plans/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { DateInput, SelectInput } from '../../components/fields';
import { PageHeading, Section } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay, todayInNetherlands } from './format';

export const plansKey = ['coaching-plans'];

/** Starting a plan: the team, day 1, and (after a training) the classroom session it follows up. */
function StartForm({ options, sessionId }: { options: TPlanOptions; sessionId?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const free = options.teams.filter((team) => !team.running);
  const [teamId, setTeamId] = useState('');
  const [startDate, setStartDate] = useState(todayInNetherlands());
  const [session, setSession] = useState(sessionId ?? '');
  const { error, busy, run } = useAction();
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const plan = await api<TPlan>('POST', '/api/v1/coaching-plans', {
            teamId,
            startDate,
            ...(session ? { sessionId: session } : {}),
          });
          await queryClient.invalidateQueries({ queryKey: plansKey });
          await navigate({ to: '/plans/$planId', params: { planId: plan.id } });
        });
      }}
    >
      <SelectInput
        label={t('coachingPlans.team')}
        name="teamId"
        value={teamId}
        onChange={setTeamId}
        emptyLabel={t('coachingPlans.chooseTeam')}
        options={free.map((team) => ({ value: team.id, label: `${team.name} (${team.departmentName})` }))}
      />
      {free.length < options.teams.length && <p className="utrecht-paragraph">{t('coachingPlans.runningNote')}</p>}
      <DateInput label={t('coachingPlans.startDate')} name="startDate" value={startDate} onChange={setStartDate} />
      <SelectInput
        label={t('coachingPlans.session')}
        name="sessionId"
        value={session}
        onChange={setSession}
        emptyLabel={t('coachingPlans.noSession')}
        options={options.sessions.map((entry) => ({
          value: entry.id,
          label: `${entry.title} (${formatDay(entry.startsAt.slice(0, 10), i18n.language)})`,
        }))}
      />
      <ErrorAlert error={error} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t('coachingPlans.start')}
      </button>
    </form>
  );
}

function progress(plan: TPlanSummary) {
  return Math.round((100 * plan.done) / Math.max(1, plan.total));
}

/** Progress per team: managers see their own teams, the safety officer and the director all of them. */
export function PlansPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const search = useSearch({ strict: false }) as { sessionId?: string };
  const mayStart = hasRole(user, 'manager', 'safety_officer');
  const plans = useQuery({
    queryKey: plansKey,
    queryFn: async () => (await api<{ plans: TPlanSummary[] }>('GET', '/api/v1/coaching-plans')).plans,
  });
  const options = useQuery({
    queryKey: [...plansKey, 'options'],
    queryFn: () => api<TPlanOptions>('GET', '/api/v1/coaching-plans/options'),
    enabled: mayStart,
  });
  return (
    <>
      <PageHeading title={t('coachingPlans.title')}>{t('coachingPlans.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('coachingPlans.intro')}</p>
      <ul className="regie-action-list">
        <li>
          <Link to="/audits" className="utrecht-link">
            {t('coachingPlans.toAudits')}
          </Link>
        </li>
        <li>
          <Link to="/plans/mine" className="utrecht-link">
            {t('coachingPlans.toMine')}
          </Link>
        </li>
      </ul>
      <ErrorAlert error={plans.error ?? options.error} />
      {plans.isPending && <Loading />}
      {plans.data && (
        <Section title={t('coachingPlans.progressTitle')} id="progress">
          <DataTable
            caption={t('coachingPlans.progressCaption')}
            columns={[
              t('coachingPlans.team'),
              t('coachingPlans.period'),
              t('coachingPlans.done'),
              t('coachingPlans.overdue'),
              t('coachingPlans.nextDue'),
            ]}
            rows={plans.data.map((plan) => ({
              key: plan.id,
              cells: [
                <Link key="team" to="/plans/$planId" params={{ planId: plan.id }} className="utrecht-link">
                  {plan.teamName}
                </Link>,
                t('coachingPlans.range', {
                  from: formatDay(plan.startDate, i18n.language),
                  to: formatDay(plan.endDate, i18n.language),
                }),
                <span key="done">
                  <progress value={plan.done} max={plan.total} aria-hidden="true" />{' '}
                  {t('coachingPlans.doneOf', { done: plan.done, total: plan.total, percent: progress(plan) })}
                </span>,
                plan.overdue > 0 ? (
                  <span key="overdue" className="regie-status--overdue">
                    {plan.overdue}
                  </span>
                ) : (
                  '0'
                ),
                plan.nextDue ? formatDay(plan.nextDue, i18n.language) : t('coachingPlans.finished'),
              ],
            }))}
            empty={t('coachingPlans.empty')}
          />
        </Section>
      )}
      {mayStart && options.data && (
        <Section title={t('coachingPlans.startTitle')} id="start">
          <p className="utrecht-paragraph">{t('coachingPlans.startIntro')}</p>
          <StartForm options={options.data} sessionId={search.sessionId} />
        </Section>
      )}
    </>
  );
}
