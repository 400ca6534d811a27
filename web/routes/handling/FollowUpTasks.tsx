import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TFollowUpTask } from '../../../server/modules/handlings/schema';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/feedback';
import { formatDateTime, Section } from '../../components/page';

const tasksQuery = {
  queryKey: ['tasks'],
  queryFn: async () => (await api<{ tasks: TFollowUpTask[] }>('GET', '/api/v1/tasks')).tasks,
};

/** The manager's queue: what the protocol still asks of them after a handling, earliest deadline first. */
export function FollowUpTasks() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tasks = useQuery(tasksQuery);
  const done = useMutation({
    mutationFn: (id: string) => api('POST', `/api/v1/tasks/${id}/done`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tasksQuery.queryKey }),
  });
  const list = tasks.data ?? [];
  return (
    <Section title={t('tasks.title', { count: list.length })} id="follow-up">
      <ErrorAlert error={tasks.error ?? done.error} />
      {list.length === 0 ? (
        <p className="utrecht-paragraph">{t('tasks.none')}</p>
      ) : (
        <ul className="regie-task-list">
          {list.map((task) => (
            <li key={task.id} className={task.overdue ? 'regie-task regie-task--overdue' : 'regie-task'}>
              <div>
                <strong>{t(`stepActions.${task.kind}`)}</strong>
                {task.employeeName && <span> — {t('tasks.for', { name: task.employeeName })}</span>}
                <br />
                <span className={task.overdue ? 'regie-overdue' : 'regie-muted'}>
                  {t(task.overdue ? 'tasks.overdue' : 'tasks.due', { date: formatDateTime(task.dueAt, i18n.language) })}
                </span>
                {task.incidentId && task.caseOpen && (
                  <>
                    {' · '}
                    <Link to="/incidents/$incidentId" params={{ incidentId: task.incidentId }} className="utrecht-link">
                      {t('tasks.openCase')}
                    </Link>
                  </>
                )}
                {task.handlingId && (
                  <>
                    {' · '}
                    <Link to="/handling/$handlingId" params={{ handlingId: task.handlingId }} className="utrecht-link">
                      {t('tasks.openHandling')}
                    </Link>
                  </>
                )}
              </div>
              <Button
                className="utrecht-button utrecht-button--secondary-action"
                aria-label={t('tasks.doneNamed', {
                  task: t(`stepActions.${task.kind}`),
                  name: task.employeeName ?? '',
                })}
                onPress={() => done.mutate(task.id)}
              >
                {t('tasks.done')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
