import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert } from '../../components/feedback';
import { TextAreaInput } from '../../components/fields';
import {
  JudgementHints,
  type Kind,
  ScriptParts,
  UtteranceAnalysis,
  useLanguageAnalysis,
} from '../../components/language';
import { PageHeading, Section } from '../../components/page';

const KINDS: Kind[] = ['utterance', 'report', 'response'];

/**
 * "Taalhulp": paste a text, say what it is, and see what the language assistant makes of it. For every
 * signed-in user; nothing is stored.
 */
export function LanguagePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [kind, setKind] = useState<Kind>('report');
  const [text, setText] = useState('');
  const { result, isUpdating, error } = useLanguageAnalysis(kind, text);
  const name = useId();
  return (
    <>
      <PageHeading title={t('languageHelp.title')}>{t('languageHelp.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('languageHelp.intro')}</p>
      {hasRole(user, 'safety_officer') && (
        <p className="utrecht-paragraph">
          <Link to="/language/audit" className="utrecht-link">
            {t('reportAudit.link')}
          </Link>
        </p>
      )}
      <fieldset className="regie-kind-choice">
        <legend className="utrecht-form-label">{t('languageHelp.kindLabel')}</legend>
        {KINDS.map((option) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={kind === option} onChange={() => setKind(option)} />
            {t(`languageHelp.kind.${option}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaInput
        label={t(`languageHelp.textLabel.${kind}`)}
        description={t('languageHelp.textHelp')}
        value={text}
        onChange={setText}
        rows={6}
      />
      <div className="utrecht-button-group">
        <Button
          className="utrecht-button utrecht-button--subtle"
          onPress={() => setText(t(`languageHelp.example.${kind}`))}
        >
          {t('languageHelp.exampleButton')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      <Section title={t('languageHelp.resultTitle')} id="analysis">
        <div aria-busy={isUpdating}>
          {!result && <p className="utrecht-paragraph">{t('languageHelp.empty')}</p>}
          {result?.kind === 'utterance' && <UtteranceAnalysis result={result} />}
          {result?.kind === 'response' && <ScriptParts result={result} />}
          {result && result.kind !== 'utterance' && <ResultSummary kind={result.kind} count={countOf(result)} />}
          {result && result.kind !== 'utterance' && (
            <JudgementHints text={text} onChange={setText} kind={result.kind} analysis={result} />
          )}
        </div>
      </Section>
    </>
  );
}

function countOf(result: { kind: Kind; judgements: unknown[]; advice: unknown[]; cues: { code: string }[] }) {
  if (result.cues.some((cue) => cue.code === 'unsupported_language')) return -1;
  return result.kind === 'report' ? result.judgements.length : result.advice.length;
}

function ResultSummary({ kind, count }: { kind: Kind; count: number }) {
  const { t } = useTranslation();
  if (count === -1) return <p className="utrecht-paragraph">{t('languageHelp.unsupported')}</p>;
  if (count > 0) return null;
  return (
    <p className="utrecht-paragraph" role="status">
      {t(`languageHelp.none.${kind}`)}
    </p>
  );
}
