import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision } from '../../../server/modules/training/scenario';
import type { TAttempt, TRecordedAnswer } from '../../../server/modules/training/schema';
import { ErrorAlert } from '../../components/feedback';
import { pick } from '../../components/text';

/** The player's parts, shared by the trainee's practice page and the author's test play in the editor. */

/** One answer with its score and every check explained: what went well and what to do differently. */
export function AnswerFeedback({ answer, number, focus }: { answer: TRecordedAnswer; number: number; focus: boolean }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <li className="regie-turn">
      <p className="utrecht-paragraph regie-turn__client">
        <strong>{t('training.play.client')}:</strong> {pick(answer.client, i18n.language)}
      </p>
      <p className="utrecht-paragraph regie-turn__answer">
        <strong>{t('training.play.you')}:</strong> {answer.text}{' '}
        <span className="regie-badge">{t(`training.decisions.${answer.decision}`)}</span>
      </p>
      <div className={`regie-feedback ${answer.score.good ? 'regie-feedback--good' : 'regie-feedback--poor'}`}>
        <h3 ref={ref} tabIndex={-1} className="utrecht-heading-3">
          {t(answer.score.good ? 'training.play.good' : 'training.play.poor', {
            number,
            points: answer.score.points,
            max: answer.score.max,
          })}
        </h3>
        {answer.feedback && <p className="utrecht-paragraph">{pick(answer.feedback, i18n.language)}</p>}
        <ul className="regie-checks">
          {answer.score.checks.map((check) => (
            <li key={check.rule} className={check.passed ? 'regie-check--passed' : 'regie-check--failed'}>
              <strong>{t(check.passed ? 'training.play.passed' : 'training.play.failed')}</strong>{' '}
              {pick(check.explanation, i18n.language)}
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}

/** The trainee's own sentence, with what they do: the same decisions as the options. */
export function OwnAnswer({
  disabled,
  onAnswer,
}: {
  disabled: boolean;
  onAnswer: (text: string, decision: Decision) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [decision, setDecision] = useState<Decision>('continue');
  return (
    <form
      className="regie-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onAnswer(text, decision).then((ok) => {
          if (ok) setText('');
        });
      }}
    >
      <div className="utrecht-form-field regie-field">
        <label className="utrecht-form-label" htmlFor={`${id}-text`}>
          {t('training.play.ownLabel')}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {t('training.play.ownHint')}
        </p>
        <textarea
          id={`${id}-text`}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          aria-describedby={`${id}-hint`}
          rows={3}
          maxLength={600}
          required
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <fieldset className="utrecht-form-fieldset regie-field">
        <legend className="utrecht-form-label">{t('training.play.decisionLabel')}</legend>
        {DECISIONS.map((value) => (
          <div key={value} className="regie-native-radio">
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-decision`}
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`training.decisions.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={disabled}>
        {t('training.play.submitOwn')}
      </button>
    </form>
  );
}

/** The script and route of the current protocol, one tap away while practising. */
export function Reference({ attempt }: { attempt: TAttempt }) {
  const { t, i18n } = useTranslation();
  const parts = ['acknowledge', 'goal', 'boundary', 'choice'] as const;
  return (
    <details className="regie-reference">
      <summary>{t('training.play.reference')}</summary>
      <ol className="regie-script">
        {parts.map((part) => (
          <li key={part}>
            <strong>{t(`home.script.${part}.name`)}</strong>:{' '}
            <q>{pick(attempt.reference.script[part], i18n.language)}</q>
          </li>
        ))}
      </ol>
      <h3 className="utrecht-heading-3">{t('home.route.title')}</h3>
      <ol className="regie-route">
        {attempt.reference.route.map((step) => (
          <li key={step.nl}>{pick(step, i18n.language)}</li>
        ))}
      </ol>
    </details>
  );
}

/** The moment to answer: the phase, the client's line, the options and (where allowed) an own sentence. */
export function CurrentTurn({
  attempt,
  busy,
  error,
  onAnswer,
}: {
  attempt: TAttempt;
  busy: boolean;
  error: unknown;
  onAnswer: (payload: { option: number } | { text: string; decision: Decision }) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const phase = attempt.reference.phases.find((candidate) => candidate.phase === attempt.current.phase);
  return (
    <>
      {phase && (
        <p className="utrecht-paragraph regie-muted">
          {t('training.play.phase', { phase: phase.phase, name: pick(phase.name, i18n.language) })}
        </p>
      )}
      <blockquote className="regie-client-line">
        <p className="utrecht-paragraph">{pick(attempt.current.client, i18n.language)}</p>
      </blockquote>
      <ErrorAlert error={error} />
      <h3 className="utrecht-heading-3">{t('training.play.chooseTitle')}</h3>
      <ul className="regie-option-list">
        {attempt.current.options.map((option, index) => (
          <li key={option.text.nl}>
            <button
              type="button"
              className="regie-option"
              disabled={busy}
              onClick={() => void onAnswer({ option: index })}
            >
              <span className="regie-option__text">{pick(option.text, i18n.language)}</span>
              <span className="regie-option__decision">{t(`training.decisions.${option.decision}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {attempt.current.freeText && (
        <>
          <h3 className="utrecht-heading-3">{t('training.play.ownTitle')}</h3>
          <OwnAnswer disabled={busy} onAnswer={(text, decision) => onAnswer({ text, decision })} />
        </>
      )}
    </>
  );
}

/** The answers so far, each with its feedback; the newest gets focus after answering. */
export function Conversation({ attempt, answered }: { attempt: TAttempt; answered: boolean }) {
  return (
    <ol className="regie-turns">
      {attempt.answers.map((answer, index) => (
        <AnswerFeedback
          key={answer.nodeId}
          answer={answer}
          number={index + 1}
          focus={answered && index === attempt.answers.length - 1 && attempt.status === 'active'}
        />
      ))}
    </ol>
  );
}

/** How the conversation ended: the client's last line, the outcome with its debrief, and the score. */
export function EndingLines({ attempt }: { attempt: TAttempt }) {
  const { t, i18n } = useTranslation();
  const ending = attempt.current.ending;
  if (!ending) return null;
  return (
    <>
      <p className="utrecht-paragraph regie-turn__client">
        <strong>{t('training.play.client')}:</strong> {pick(attempt.current.client, i18n.language)}
      </p>
      <p className="utrecht-paragraph">
        <strong>{t(`training.outcomes.${ending.outcome}`)}</strong> {pick(ending.debrief, i18n.language)}
      </p>
      <p className="utrecht-paragraph regie-lead">
        {t('training.play.total', {
          points: attempt.points,
          max: attempt.maxPoints,
          percent: percentOf(attempt.points, attempt.maxPoints),
          good: attempt.answers.filter((answer) => answer.score.good).length,
          count: attempt.answers.length,
        })}
      </p>
    </>
  );
}

export function percentOf(points: number, max: number): number {
  return max > 0 ? Math.round((100 * points) / max) : 0;
}
