import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TRAINING_CHANNELS } from '../../../server/modules/training/scenario';
import type { TScenarioSummary } from '../../../server/modules/training/schema';
import { scenariosQuery, startAttempt } from '../../api/training';
import { hasRole, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';
import { ModuleList } from './ModulePage';
import { EvidenceExport, MyRequirements, TeamRequirements } from './Requirements';
import { MySessions } from './SessionsPage';

function Result({ scenario }: { scenario: TScenarioSummary }) {
  const { t } = useTranslation();
  if (scenario.completed === 0) return <>{t('training.list.notYet')}</>;
  return <>{t('training.list.result', { count: scenario.completed, best: scenario.bestPercent ?? 0 })}</>;
}

/** The scenario trainer's start: every scenario per channel, with the user's own record. */
export function TrainingPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const scenarios = useQuery(scenariosQuery);
  const { error, busy, run } = useAction();

  async function practise(id: string) {
    await run(async () => {
      const attempt = await startAttempt(id);
      await navigate({ to: '/training/attempts/$attemptId', params: { attemptId: attempt.id } });
    });
  }

  return (
    <>
      <PageHeading title={t('training.title')}>{t('training.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('training.intro')}</p>
      {hasRole(user, 'safety_officer') && (
        <p className="utrecht-paragraph">
          <Link to="/training/authoring" className="utrecht-link">
            {t('training.list.authorLink')}
          </Link>
          {' · '}
          <Link to="/training/requirements" className="utrecht-link">
            {t('requirementsEditor.link')}
          </Link>
          {' · '}
          <Link to="/training/sessions" className="utrecht-link">
            {t('sessions.link')}
          </Link>
        </p>
      )}
      <MyRequirements />
      <MySessions />
      {hasRole(user, 'manager') && <TeamRequirements />}
      {hasRole(user, 'safety_officer', 'hr') && <EvidenceExport />}
      <ErrorAlert error={scenarios.error ?? error} />
      {!scenarios.data && !scenarios.error && <Loading />}
      {scenarios.data &&
        TRAINING_CHANNELS.map((channel) => {
          const ofChannel = scenarios.data.filter((scenario) => scenario.channel === channel);
          if (ofChannel.length === 0) return null;
          return (
            <Section key={channel} title={t(`training.channels.${channel}`)} id={`channel-${channel}`}>
              <DataTable
                caption={t('training.list.caption', { channel: t(`training.channels.${channel}`) })}
                columns={[t('training.list.scenario'), t('training.list.yourResult'), t('training.list.action')]}
                rows={ofChannel.map((scenario) => {
                  const title = pick(scenario.title, i18n.language);
                  return {
                    key: scenario.id,
                    cells: [
                      <>
                        {title}
                        {scenario.level === 'month2' && (
                          <>
                            {' '}
                            <span className="regie-badge">{t('training.levels.month2')}</span>
                          </>
                        )}
                        <br />
                        <span className="regie-muted">{pick(scenario.situation, i18n.language)}</span>
                      </>,
                      <Result key="result" scenario={scenario} />,
                      <button
                        key="start"
                        type="button"
                        className="utrecht-button utrecht-button--primary-action"
                        disabled={busy}
                        aria-label={t('training.list.practiseNamed', { title })}
                        onClick={() => void practise(scenario.id)}
                      >
                        {t('training.list.practise')}
                      </button>,
                    ],
                  };
                })}
              />
            </Section>
          );
        })}
      <ModuleList />
    </>
  );
}
