import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyItem } from '../../../server/modules/surveys/questionnaire';
import { api } from '../../api/client';
import { questionnaireQuery } from '../../api/surveys';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { useAction } from '../../components/useAction';
import { formatDay } from './format';

const VALUES = [1, 2, 3, 4, 5] as const;

/** One scale question as five native radio buttons: large targets on a phone, read well by screen readers. */
function ScaleQuestion({
  item,
  number,
  value,
  onChange,
}: {
  item: Extract<SurveyItem, { kind: 'scale' }>;
  number: number;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <fieldset className="utrecht-form-fieldset regie-field regie-survey-question">
      <legend className="utrecht-form-label">
        {number}. {item.text[language]}
      </legend>
      {VALUES.map((option) => (
        <div key={option} className="regie-native-radio">
          <input
            type="radio"
            id={`${id}-${option}`}
            name={item.key}
            value={option}
            required
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${id}-${option}`}>{t(`surveys.scales.${item.scale}.${option}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function AnswerPage() {
  const { t, i18n } = useTranslation();
  const { campaignId } = useParams({ from: '/signed-in/surveys/answer/$campaignId' });
  const queryClient = useQueryClient();
  const questionnaire = useQuery(questionnaireQuery(campaignId));
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [openAnswers, setOpenAnswers] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const { error, busy, run } = useAction();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const data = questionnaire.data;
  let number = 0;
  return (
    <>
      <PageHeading title={data?.title ?? t('surveys.answer.title')}>
        {data?.title ?? t('surveys.answer.title')}
      </PageHeading>
      <ErrorAlert error={questionnaire.error} />
      {!data && !questionnaire.error && <Loading />}
      {sent || data?.responded ? (
        <>
          <SuccessNote>{t('surveys.answer.thanks')}</SuccessNote>
          <p className="utrecht-paragraph">
            <Link to="/" className="utrecht-link">
              {t('surveys.answer.home')}
            </Link>
          </p>
        </>
      ) : (
        data && (
          <form
            className="regie-form regie-narrow"
            onSubmit={(event) => {
              event.preventDefault();
              void run(async () => {
                await api('POST', `/api/v1/surveys/invitations/${campaignId}/response`, { answers, openAnswers });
                setSent(true);
                await queryClient.invalidateQueries({ queryKey: ['surveys', 'invitations'] });
              });
            }}
          >
            <p className="utrecht-paragraph regie-lead">{t('surveys.answer.intro')}</p>
            <p className="utrecht-paragraph">{t('surveys.answer.anonymous')}</p>
            <p className="utrecht-paragraph">
              {t('surveys.answer.until', { date: formatDay(data.closesOn, i18n.language) })}
            </p>
            {data.items.map((item) => {
              number++;
              if (item.kind === 'scale')
                return (
                  <ScaleQuestion
                    key={item.key}
                    item={item}
                    number={number}
                    value={answers[item.key]}
                    onChange={(value) => setAnswers((current) => ({ ...current, [item.key]: value }))}
                  />
                );
              const fieldId = `open-${item.key}`;
              return (
                <div key={item.key} className="utrecht-form-field regie-field">
                  <label className="utrecht-form-label" htmlFor={fieldId}>
                    {number}. {item.text[language]} ({t('surveys.answer.optional')})
                  </label>
                  <textarea
                    id={fieldId}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={3}
                    maxLength={2000}
                    value={openAnswers[item.key] ?? ''}
                    onChange={(event) => setOpenAnswers((current) => ({ ...current, [item.key]: event.target.value }))}
                  />
                </div>
              );
            })}
            <ErrorAlert error={error} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
              {t('surveys.answer.submit')}
            </button>
          </form>
        )
      )}
    </>
  );
}
