import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type AnalysisResult, useLanguageAnalysis } from './useLanguageAnalysis';
import './language.css';

interface Mark {
  key: string;
  start: number;
  end: number;
  text: string;
  explanation: string;
  suggestion: string;
  /** A replacement can be put into the text; a monologue hint is advice only. */
  replaceable: boolean;
}

export interface JudgementHintsProps {
  /** The text being written (the value of the textarea this component accompanies). */
  text: string;
  /** Called with the new text when the writer accepts a suggestion. */
  onChange: (text: string) => void;
  /** `report` marks judgements (default); `response` marks advice on what the employee says. */
  kind?: 'report' | 'response';
  /** An analysis the caller already has; without it the component fetches one itself (debounced). */
  analysis?: AnalysisResult | null;
}

/**
 * Inline hints for a text an employee writes (issue 6): the judging phrases are marked in a preview of the text,
 * and each comes with the reason and a suggestion that the writer can accept (the phrase is replaced in the
 * text) or ignore. Whether a hint was accepted or ignored stays in the browser: it is never sent to the server.
 *
 * Use it right under the textarea it belongs to:
 * ```tsx
 * const [text, setText] = useState('');
 * <TextAreaInput label="Wat is er gebeurd?" value={text} onChange={setText} />
 * <JudgementHints text={text} onChange={setText} />
 * ```
 */
export function JudgementHints({ text, onChange, kind = 'report', analysis }: JudgementHintsProps) {
  const { t } = useTranslation();
  const own = useLanguageAnalysis(kind, text, { enabled: analysis === undefined });
  const result = analysis === undefined ? own.result : analysis;
  const [ignored, setIgnored] = useState<Set<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');

  const marks = useMemo<Mark[]>(() => {
    if (!result || result.kind !== kind) return [];
    const all: Mark[] =
      kind === 'report'
        ? result.judgements.map((j) => ({
            key: `${j.text}|${j.reason}`,
            start: j.start,
            end: j.end,
            text: j.text,
            explanation: j.reason,
            suggestion: j.suggestion,
            replaceable: true,
          }))
        : result.advice.map((a) => ({
            key: `${a.text}|${a.rule}`,
            start: a.start,
            end: a.end,
            text: a.text,
            explanation: t(`languageHelp.rule.${a.rule}`),
            suggestion: a.suggestion,
            replaceable: a.rule !== 'monologue',
          }));
    // Only phrases that are still in the text as it is now (the analysis may be a moment behind the typing).
    return all.filter((m) => !ignored.has(m.key) && text.includes(m.text));
  }, [result, kind, ignored, text, t]);

  function accept(mark: Mark) {
    const at = text.slice(mark.start, mark.end) === mark.text ? mark.start : text.indexOf(mark.text);
    if (at === -1) return;
    onChange(text.slice(0, at) + mark.suggestion + text.slice(at + mark.text.length));
    setAnnouncement(t('languageHelp.hints.replaced', { phrase: mark.text }));
  }

  function ignore(mark: Mark) {
    setIgnored((previous) => new Set(previous).add(mark.key));
    setAnnouncement(t('languageHelp.hints.ignoredOne', { phrase: mark.text }));
  }

  return (
    <div className="regie-language-hints">
      <p className="regie-visually-hidden" role="status">
        {announcement}
      </p>
      {marks.length > 0 && (
        <>
          <p className="utrecht-paragraph">
            <strong>{t(`languageHelp.hints.found.${kind}`, { count: marks.length })}</strong>
          </p>
          <MarkedText text={text} marks={marks} label={t('languageHelp.hints.preview')} />
          <ul className="regie-hints">
            {marks.map((mark) => (
              <li key={mark.key} className="regie-hint">
                <p className="utrecht-paragraph regie-hint__phrase">„{mark.text}”</p>
                <p className="utrecht-paragraph">{mark.explanation}</p>
                <p className="utrecht-paragraph regie-hint__suggestion">
                  {t('languageHelp.hints.suggestion')}: {mark.suggestion}
                </p>
                <div className="utrecht-button-group">
                  {mark.replaceable && (
                    <Button
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-label={t('languageHelp.hints.acceptLabel', { phrase: mark.text })}
                      onPress={() => accept(mark)}
                    >
                      {t('languageHelp.hints.accept')}
                    </Button>
                  )}
                  <Button
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={t('languageHelp.hints.ignoreLabel', { phrase: mark.text })}
                    onPress={() => ignore(mark)}
                  >
                    {t('languageHelp.hints.ignore')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The text with the hinted phrases marked; overlapping marks are merged into the first. */
function MarkedText({ text, marks, label }: { text: string; marks: Mark[]; label: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const located = marks
    .map((m) => ({ ...m, start: text.slice(m.start, m.end) === m.text ? m.start : text.indexOf(m.text) }))
    .filter((m) => m.start !== -1)
    .sort((a, b) => a.start - b.start);
  for (const mark of located) {
    if (mark.start < at) continue;
    parts.push(text.slice(at, mark.start));
    parts.push(<mark key={mark.key}>{mark.text}</mark>);
    at = mark.start + mark.text.length;
  }
  parts.push(text.slice(at));
  return (
    <figure className="regie-marked-text" aria-label={label}>
      {parts}
    </figure>
  );
}
