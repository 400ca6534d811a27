import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { STAGES, type TMyItems, type TPlan } from '../../../server/modules/coaching-plans/schema';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/feedback';
import { PageHeading, Section } from '../../components/page';
import { formatDay } from './format';
import { PlanItemCard } from './PlanItemCard';
import { plansKey } from './PlansPage';

/** One team's 90-day plan, stage by stage, with progress as a table. */
export function PlanPage() {
  const { t, i18n } = useTranslation();
  const { planId } = useParams({ strict: false }) as { planId: string };
  const plan = useQuery({
    queryKey: [...plansKey, planId],
    queryFn: () => api<TPlan>('GET', `/api/v1/coaching-plans/${planId}`),
  });
  const data = plan.data;
  const title = data ? t('coachingPlans.planTitle', { team: data.teamName }) : t('coachingPlans.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link to="/plans" className="utrecht-link">
          {t('coachingPlans.back')}
        </Link>
      </p>
      <ErrorAlert error={plan.error} />
      {plan.isPending && <Loading />}
      {data && (
        <>
          <p className="utrecht-paragraph regie-lead">
            {t('coachingPlans.planLead', {
              from: formatDay(data.startDate, i18n.language),
              to: formatDay(data.endDate, i18n.language),
              done: data.done,
              total: data.total,
            })}
            {data.sessionTitle ? ` ${t('coachingPlans.afterSession', { title: data.sessionTitle })}` : ''}
          </p>
          <DataTable
            caption={t('coachingPlans.stagesCaption')}
            columns={[t('coachingPlans.stageColumn'), t('coachingPlans.done')]}
            rows={data.stages.map((stage) => ({
              key: stage.stage,
              cells: [t(`coachingPlans.stage.${stage.stage}`), t('coachingPlans.doneOfShort', stage)],
            }))}
          />
          {STAGES.map((stage) => (
            <Section key={stage} title={t(`coachingPlans.stageTitle.${stage}`)} id={stage}>
              {data.items
                .filter((item) => item.stage === stage)
                .map((item) => (
                  <PlanItemCard key={item.id} item={item} />
                ))}
            </Section>
          ))}
        </>
      )}
    </>
  );
}

/** The signed-in person's own open items, e.g. an employee's duo coaching. */
export function MyPlanItemsPage() {
  const { t } = useTranslation();
  const items = useQuery({
    queryKey: [...plansKey, 'mine'],
    queryFn: async () => (await api<TMyItems>('GET', '/api/v1/coaching-plans/items/mine')).items,
  });
  return (
    <>
      <PageHeading title={t('coachingPlans.mineTitle')}>{t('coachingPlans.mineTitle')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('coachingPlans.mineIntro')}</p>
      <ErrorAlert error={items.error} />
      {items.isPending && <Loading />}
      {items.data?.length === 0 && <p className="utrecht-paragraph">{t('coachingPlans.mineEmpty')}</p>}
      {items.data?.map((item) => (
        <PlanItemCard key={item.id} item={item} teamName={item.teamName} />
      ))}
    </>
  );
}
