import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from './useLanguageAnalysis';
import './language.css';

/** Cues that only explain a flag or the phase; the flags themselves are shown as badges. */
const SCRIPT_PARTS = ['erkenning', 'doel', 'grens', 'keuze'] as const;

function isUnsupported(result: AnalysisResult): boolean {
  return result.cues.some((cue) => cue.code === 'unsupported_language');
}

/**
 * What the assistant makes of something a client said: the estimated phase as a suggestion (never set
 * automatically), threat/insult/shouting flags and the cues that led to them.
 */
export function UtteranceAnalysis({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  if (isUnsupported(result)) return <p className="utrecht-paragraph">{t('languageHelp.unsupported')}</p>;
  const flags = [
    result.threat && { key: 'threat', danger: true },
    result.insult && { key: 'insult', danger: true },
    result.shouting && { key: 'shouting', danger: false },
  ].filter((flag): flag is { key: string; danger: boolean } => Boolean(flag));
  const cues = result.cues.filter((cue) => cue.code !== 'frustration' || result.phase === 1);
  return (
    <div className="regie-utterance-analysis">
      {result.phase !== null && (
        <p className="utrecht-paragraph regie-phase-suggestion">
          {t('languageHelp.phaseSuggestion', { phase: result.phase, name: t(`languageHelp.phase.${result.phase}`) })}
        </p>
      )}
      {flags.length > 0 && (
        <ul className="regie-flags" aria-label={t('languageHelp.flagsLabel')}>
          {flags.map((flag) => (
            <li key={flag.key} className={`regie-flag${flag.danger ? ' regie-flag--danger' : ''}`}>
              {t(`languageHelp.flag.${flag.key}`)}
            </li>
          ))}
        </ul>
      )}
      {cues.length > 0 && (
        <>
          <p className="utrecht-paragraph">{t('languageHelp.cuesIntro')}</p>
          <ul className="utrecht-unordered-list">
            {cues.map((cue) => (
              <li key={`${cue.code}-${cue.start}`}>
                {t(`languageHelp.cue.${cue.code}`)}: „{cue.text}”
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Which parts of the script (erkenning, doel, grens, keuze) an employee's sentence contains. */
export function ScriptParts({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  if (isUnsupported(result)) return <p className="utrecht-paragraph">{t('languageHelp.unsupported')}</p>;
  const found = new Set(result.cues.map((cue) => cue.code.replace('script_', '')));
  return (
    <ul className="utrecht-unordered-list" aria-label={t('languageHelp.scriptLabel')}>
      {SCRIPT_PARTS.map((part) => (
        <li key={part}>
          {t(`languageHelp.script.${part}`)}:{' '}
          {found.has(part) ? t('languageHelp.script.present') : t('languageHelp.script.absent')}
        </li>
      ))}
    </ul>
  );
}
