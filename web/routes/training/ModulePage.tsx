import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TQuizResult, ZModule, ZModuleSummary } from '../../../server/modules/training/elearning/schema';
import { api } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/feedback';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';

type TModule = z.infer<typeof ZModule>;
export type TModuleSummary = z.infer<typeof ZModuleSummary>;

export const modulesQuery = {
  queryKey: ['training', 'modules'],
  queryFn: async () => (await api<{ modules: TModuleSummary[] }>('GET', '/api/v1/training/modules')).modules,
};

function Quiz({ module }: { module: TModule }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<(number | null)[]>(module.questions.map(() => null));
  const [result, setResult] = useState<TQuizResult | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { error, busy, run } = useAction();
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  return (
    <Section title={t('elearning.quiz')} id="quiz">
      <form
        className="regie-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const scored = await api<TQuizResult>('POST', `/api/v1/training/modules/${module.id}/quiz`, {
              answers: answers.map((answer) => answer ?? -1),
            });
            setResult(scored);
            void queryClient.invalidateQueries({ queryKey: ['training', 'modules'] });
          });
        }}
      >
        {module.questions.map((question, index) => {
          const scored = result?.questions[index];
          return (
            <fieldset key={question.id} className="utrecht-form-fieldset regie-field">
              <legend className="utrecht-form-label">
                {index + 1}. {pick(question.text, i18n.language)}
              </legend>
              {question.options.map((option, optionIndex) => (
                <div key={option.nl} className="regie-native-radio">
                  <input
                    type="radio"
                    id={`${id}-${question.id}-${optionIndex}`}
                    name={`${id}-${question.id}`}
                    checked={answers[index] === optionIndex}
                    onChange={() => setAnswers(answers.map((old, i) => (i === index ? optionIndex : old)))}
                  />
                  <label htmlFor={`${id}-${question.id}-${optionIndex}`}>{pick(option, i18n.language)}</label>
                </div>
              ))}
              {scored && (
                <p className={`utrecht-paragraph ${scored.right ? 'regie-check--passed' : 'regie-check--failed'}`}>
                  <strong>{t(scored.right ? 'elearning.right' : 'elearning.wrong')}</strong>{' '}
                  {pick(scored.explanation, i18n.language)}
                </p>
              )}
            </fieldset>
          );
        })}
        <ErrorAlert error={error} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t('elearning.submit')}
        </button>
      </form>
      {result && (
        <div className={`regie-feedback ${result.passed ? 'regie-feedback--good' : 'regie-feedback--poor'}`}>
          <h3 ref={resultHeading} tabIndex={-1} className="utrecht-heading-3">
            {t(result.passed ? 'elearning.passed' : 'elearning.failed', {
              correct: result.correct,
              total: result.total,
            })}
          </h3>
          <p className="utrecht-paragraph">
            <Link to="/training" className="utrecht-link">
              {t('training.play.backToList')}
            </Link>
          </p>
        </div>
      )}
    </Section>
  );
}

export function ModulePage() {
  const { t, i18n } = useTranslation();
  const { moduleId } = useParams({ strict: false }) as { moduleId: string };
  const query = useQuery({
    queryKey: ['training', 'modules', moduleId],
    queryFn: () => api<TModule>('GET', `/api/v1/training/modules/${moduleId}`),
  });
  const module = query.data;
  const title = module ? pick(module.title, i18n.language) : t('elearning.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorAlert error={query.error} />
      {!module && !query.error && <Loading />}
      {module && (
        <>
          <p className="utrecht-paragraph regie-muted">{t('elearning.minutes', { count: module.minutes })}</p>
          {module.content.map((paragraph) => (
            <p key={paragraph.nl} className="utrecht-paragraph">
              {pick(paragraph, i18n.language)}
            </p>
          ))}
          <Quiz module={module} />
        </>
      )}
    </>
  );
}

/** The e-learning modules on the training page, with whether the user passed each. */
export function ModuleList() {
  const { t, i18n } = useTranslation();
  const modules = useQuery(modulesQuery);
  return (
    <Section title={t('elearning.title')} id="elearning">
      <ErrorAlert error={modules.error} />
      <ul className="regie-link-list">
        {modules.data?.map((module) => (
          <li key={module.id}>
            <Link to="/training/modules/$moduleId" params={{ moduleId: module.id }} className="utrecht-link">
              {pick(module.title, i18n.language)}
            </Link>{' '}
            — {t('elearning.minutes', { count: module.minutes })}
            {module.passed && <> · {t('elearning.done')}</>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
