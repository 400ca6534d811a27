import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TScenario } from '../../../../server/modules/training/scenario';
import type { TCustomScenario } from '../../../../server/modules/training/schema';
import { api } from '../../../api/client';
import { authoredScenariosQuery } from '../../../api/training';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, Loading } from '../../../components/feedback';
import { formatDateTime, PageHeading, Section } from '../../../components/page';
import { pick } from '../../../components/text';
import { useAction } from '../../../components/useAction';

/** A new scenario starts as a small, sound conversation the author can grow from. */
export function starterScenario(t: (key: string) => string): TScenario {
  const text = (key: string) => ({ nl: t(`authoring.starter.${key}`), en: '' });
  return {
    title: text('title'),
    channel: 'telephone',
    level: 'basic',
    situation: text('situation'),
    start: 'start',
    nodes: [
      {
        id: 'start',
        phase: 1,
        client: text('client'),
        turn: {
          expect: { script: ['acknowledge', 'goal'], routeStep: 2, decisions: ['continue'] },
          options: [
            { text: text('goodOption'), decision: 'continue', next: 'calm', feedback: text('goodFeedback') },
            { text: text('poorOption'), decision: 'continue', next: 'worse', feedback: text('poorFeedback') },
          ],
          freeText: { calm: 'calm', escalate: 'worse' },
        },
        ending: null,
      },
      {
        id: 'calm',
        phase: 1,
        client: text('calmClient'),
        turn: null,
        ending: { outcome: 'calmed', debrief: text('calmDebrief') },
      },
      {
        id: 'worse',
        phase: 2,
        client: text('worseClient'),
        turn: null,
        ending: { outcome: 'escalated', debrief: text('worseDebrief') },
      },
    ],
  };
}

/** The safety officer's list of the organisation's own scenarios. */
export function AuthoringListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const scenarios = useQuery(authoredScenariosQuery);
  const { error, busy, run } = useAction();

  async function create() {
    await run(async () => {
      const created = await api<TCustomScenario>('POST', '/api/v1/training/authoring/scenarios', {
        content: starterScenario(t),
      });
      await navigate({ to: '/training/authoring/$scenarioId', params: { scenarioId: created.id } });
    });
  }

  return (
    <>
      <PageHeading title={t('authoring.title')}>{t('authoring.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('authoring.intro')}</p>
      <ErrorAlert error={scenarios.error ?? error} />
      <ul className="regie-action-list">
        <li>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy}
            onClick={() => void create()}
          >
            {t('authoring.new')}
          </button>
        </li>
        <li>
          <Link to="/training" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('authoring.toPractice')}
          </Link>
        </li>
      </ul>
      {!scenarios.data && !scenarios.error && <Loading />}
      {scenarios.data && (
        <Section title={t('authoring.listTitle')} id="authored">
          <DataTable
            caption={t('authoring.listTitle')}
            columns={[t('training.list.scenario'), t('authoring.status'), t('authoring.updated')]}
            rows={scenarios.data.map((scenario) => ({
              key: scenario.id,
              cells: [
                <Link
                  key="title"
                  to="/training/authoring/$scenarioId"
                  params={{ scenarioId: scenario.id }}
                  className="utrecht-link"
                >
                  {pick(scenario.content.title, i18n.language)}
                </Link>,
                <>
                  {t(`authoring.statuses.${scenario.status}`)}
                  {scenario.issues.length > 0 && ` · ${t('authoring.issueCount', { count: scenario.issues.length })}`}
                </>,
                formatDateTime(scenario.updatedAt, i18n.language),
              ],
            }))}
            empty={t('authoring.empty')}
          />
        </Section>
      )}
    </>
  );
}
