import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAttempt } from '../../../server/modules/training/schema';
import { api } from '../../api/client';
import { attemptQuery, startAttempt } from '../../api/training';
import { ErrorAlert, Loading } from '../../components/feedback';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';
import { Conversation, CurrentTurn, EndingLines, Reference } from './player';

function Summary({ attempt }: { attempt: TAttempt }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { error, busy, run } = useAction();
  const ending = attempt.current.ending;
  if (!ending) return null;
  return (
    <Section title={t('training.play.endTitle')} id="ending">
      <EndingLines attempt={attempt} />
      <ErrorAlert error={error} />
      <ul className="regie-action-list">
        <li>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const next = await startAttempt(attempt.scenarioId);
                await navigate({ to: '/training/attempts/$attemptId', params: { attemptId: next.id } });
              })
            }
          >
            {t('training.play.again')}
          </button>
        </li>
        <li>
          <Link to="/training" className="utrecht-button-link utrecht-button-link--secondary-action">
            {t('training.play.backToList')}
          </Link>
        </li>
      </ul>
    </Section>
  );
}

export function PlayPage() {
  const { t, i18n } = useTranslation();
  const { attemptId } = useParams({ strict: false }) as { attemptId: string };
  const queryClient = useQueryClient();
  const query = useQuery(attemptQuery(attemptId));
  const { error, busy, run } = useAction();
  const [answered, setAnswered] = useState(false);
  const attempt = query.data;

  function submit(payload: object): Promise<boolean> {
    if (!attempt) return Promise.resolve(false);
    return run(async () => {
      try {
        const next = await api<TAttempt>('POST', `/api/v1/training/attempts/${attempt.id}/answers`, {
          nodeId: attempt.current.id,
          ...payload,
        });
        queryClient.setQueryData(attemptQuery(attempt.id).queryKey, next);
        setAnswered(true);
      } finally {
        void queryClient.invalidateQueries({ queryKey: ['training', 'scenarios'] });
      }
    });
  }

  if (!attempt) {
    return (
      <>
        <PageHeading title={t('training.title')}>{t('training.title')}</PageHeading>
        <ErrorAlert error={query.error} />
        {!query.error && <Loading />}
      </>
    );
  }
  const title = pick(attempt.title, i18n.language);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{pick(attempt.situation, i18n.language)}</p>
      <Reference attempt={attempt} />
      {attempt.answers.length > 0 && (
        <Section title={t('training.play.conversation')} id="conversation">
          <Conversation attempt={attempt} answered={answered} />
        </Section>
      )}
      {attempt.status === 'active' ? (
        <Section title={t('training.play.now')} id="now">
          <CurrentTurn attempt={attempt} busy={busy} error={error} onAnswer={submit} />
        </Section>
      ) : (
        <Summary attempt={attempt} />
      )}
    </>
  );
}
