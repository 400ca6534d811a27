import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESS_FEEDBACK, type TMyDuty, type TPressFeedback } from '../../../server/modules/duty/schema';
import { api } from '../../api/client';
import { myDutyQuery } from '../../components/alarm/pressFeedback';
import { ErrorAlert } from '../../components/feedback';
import { useAction } from '../../components/useAction';

/** The presser's own choice of what they notice when they press; saved at once, like a phone setting. */
export function PressFeedbackChoice({ duty }: { duty: TMyDuty }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const { error, busy, run } = useAction();
  const choose = (pressFeedback: TPressFeedback) =>
    run(async () => {
      queryClient.setQueryData(myDutyQuery.queryKey, await api<TMyDuty>('PATCH', '/api/v1/duty/me', { pressFeedback }));
    });
  return (
    <fieldset className="utrecht-form-fieldset regie-field regie-press-feedback">
      <legend className="utrecht-form-label">{t('alarm.feedback.legend')}</legend>
      <p className="utrecht-form-field-description">{t('alarm.feedback.help')}</p>
      <ErrorAlert error={error} />
      {PRESS_FEEDBACK.map((value) => (
        <div key={value} className="regie-native-radio">
          <input
            type="radio"
            id={`${id}-${value}`}
            name={`${id}-feedback`}
            value={value}
            checked={duty.pressFeedback === value}
            disabled={busy}
            aria-describedby={`${id}-${value}-hint`}
            onChange={() => void choose(value)}
          />
          <label htmlFor={`${id}-${value}`}>{t(`alarm.feedback.options.${value}`)}</label>
          <span id={`${id}-${value}-hint`} className="regie-muted regie-press-feedback__hint">
            {t(`alarm.feedback.hints.${value}`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
