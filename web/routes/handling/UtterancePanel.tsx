import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/feedback';
import { TextAreaInput } from '../../components/fields';
import { UtteranceAnalysis, useLanguageAnalysis } from '../../components/language';
import { Section } from '../../components/page';

/**
 * On the live handling screen: the employee types or pastes what the client said and sees the estimated phase
 * with its cues, and threat/insult flags. A suggestion only: the phase is chosen with the phase buttons, never
 * set from here. Nothing typed here is stored.
 */
export function UtterancePanel() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { result, isUpdating, error } = useLanguageAnalysis('utterance', text, { debounceMs: 300 });
  return (
    <Section title={t('languageHelp.panel.title')} id="utterance">
      <TextAreaInput
        label={t('languageHelp.panel.label')}
        description={t('languageHelp.panel.help')}
        value={text}
        onChange={setText}
        rows={3}
      />
      <ErrorAlert error={error} />
      <div aria-live="polite" aria-busy={isUpdating}>
        {result && <UtteranceAnalysis result={result} />}
        {result && <p className="utrecht-paragraph">{t('languageHelp.panel.notAutomatic')}</p>}
      </div>
    </Section>
  );
}
