import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, TScenario } from '../../../../server/modules/training/scenario';
import type { TAttempt } from '../../../../server/modules/training/schema';
import { api } from '../../../api/client';
import { ErrorAlert } from '../../../components/feedback';
import { Section } from '../../../components/page';
import { useAction } from '../../../components/useAction';
import { Conversation, CurrentTurn, EndingLines } from '../player';

type Payload = { option: number } | { text: string; decision: Decision };

/**
 * The author plays the draft as it stands in the editor (saved or not), scored exactly as a trainee will be. The
 * server replays the answers from the start each time and stores nothing. A draft with validation issues shows
 * them instead of the player.
 */
export function TestPlay({
  scenario,
  issues,
}: {
  scenario: TScenario;
  /** The check's issues and the fields not filled in yet, as messages. */
  issues: string[];
}) {
  const { t } = useTranslation();
  /** The draft as it was when the play (re)started: the answers are replayed on it. */
  const [played, setPlayed] = useState<TScenario | null>(null);
  const [answers, setAnswers] = useState<Payload[]>([]);
  const [attempt, setAttempt] = useState<TAttempt | null>(null);
  const [answered, setAnswered] = useState(false);
  const { error, busy, run } = useAction();

  function play(content: TScenario, given: Payload[]): Promise<boolean> {
    return run(async () => {
      const next = await api<TAttempt>('POST', '/api/v1/training/authoring/test-play', { content, answers: given });
      setPlayed(content);
      setAnswers(given);
      setAttempt(next);
    });
  }
  const restart = () => {
    setAnswered(false);
    void play(scenario, []);
  };
  const answer = (payload: Payload) => {
    setAnswered(true);
    return play(played ?? scenario, [...answers, payload]);
  };

  const ending = attempt?.current.ending;
  return (
    <Section title={t('trainingPlus.testPlay.title')} id="test-play">
      <p className="utrecht-paragraph">{t('trainingPlus.testPlay.intro')}</p>
      {issues.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning regie-alert">
          <p className="utrecht-paragraph">{t('trainingPlus.testPlay.blocked', { count: issues.length })}</p>
          <ul>
            {[...new Set(issues)].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {attempt && played !== scenario && (
            <p className="utrecht-paragraph regie-muted">{t('trainingPlus.testPlay.changed')}</p>
          )}
          {attempt && attempt.answers.length > 0 && <Conversation attempt={attempt} answered={answered} />}
          {attempt && attempt.status === 'active' && (
            <CurrentTurn attempt={attempt} busy={busy} error={error} onAnswer={answer} />
          )}
          {attempt && ending && (
            <>
              <h3 className="utrecht-heading-3">{t('training.play.endTitle')}</h3>
              <EndingLines attempt={attempt} />
            </>
          )}
          {/* While a moment is open the turn shows the error; otherwise (starting, a finished play) it shows here. */}
          {attempt?.status !== 'active' && <ErrorAlert error={error} />}
          <button
            type="button"
            className={`utrecht-button ${attempt ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
            disabled={busy}
            onClick={restart}
          >
            {attempt ? t('trainingPlus.testPlay.again') : t('trainingPlus.testPlay.start')}
          </button>
        </>
      )}
    </Section>
  );
}
