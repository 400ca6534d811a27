import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { JudgementHints } from '../../components/language';

/**
 * The "what happened" field: facts, not opinions (seed 000). It reminds the writer to describe behaviour, not to
 * judge the person, and the language assistant marks judging phrases while they type, each with a suggestion to
 * accept or ignore (the choice stays in the browser).
 */
export function FactsField({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
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
      <JudgementHints text={value} onChange={onChange} />
    </div>
  );
}
