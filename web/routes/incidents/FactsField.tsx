import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The "what happened" field: facts, not opinions (seed 000). It reminds the writer to describe behaviour, not to
 * judge the person.
 *
 * LANGUAGE ASSISTANT SPOT: the language-assistant component (built separately) marks judging phrases inline. It
 * belongs where `assistant` is rendered, right under the textarea, and receives the current text; pass it in as
 * `assistant={(text) => <LanguageMarks text={text} />}` without changing this field's contract.
 */
export function FactsField({
  value,
  onChange,
  label,
  assistant,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  assistant?: (text: string) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--text regie-field regie-facts-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-reminder`} className="utrecht-form-field-description regie-facts-reminder">
        {t('incidents.factsReminder')}
      </p>
      <textarea
        id={id}
        name="facts"
        className="utrecht-textarea utrecht-textarea--html-textarea"
        rows={5}
        maxLength={10_000}
        aria-describedby={`${id}-reminder`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {assistant?.(value)}
    </div>
  );
}
