import { useTranslation } from 'react-i18next';
import { END, type TProcedure, type TProtocolContent } from '../../../server/modules/protocols/content';
import { Section } from '../../components/page';
import { pick } from '../../components/text';

function stepNumber(procedure: TProcedure, id: string): string {
  const index = procedure.steps.findIndex((step) => step.id === id);
  return index < 0 ? id : String(index + 1);
}

/** One procedure as numbered steps: who does what, under which condition, and where each choice leads. */
export function ProcedureSteps({ procedure }: { procedure: TProcedure }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ol className="regie-steps">
      {procedure.steps.map((step) => (
        <li key={step.id} className="regie-step">
          <p className="utrecht-paragraph regie-step__text">
            {step.condition && (
              <span className="regie-step__condition">
                {t('protocol.when', { condition: pick(step.condition, lang) })}{' '}
              </span>
            )}
            {pick(step.text, lang)}
          </p>
          <p className="regie-step__meta">
            {t('protocol.who')}: {t(`stepRoles.${step.role}`, { defaultValue: step.role })}
          </p>
          {step.kind === 'decision' && step.branches.length > 0 && (
            <ul className="regie-step__branches">
              {step.branches.map((branch) => (
                <li key={`${branch.next}-${pick(branch.label, 'nl')}`}>
                  {pick(branch.label, lang)} →{' '}
                  {branch.next === END
                    ? t('protocol.end')
                    : t('protocol.toStep', { number: stepNumber(procedure, branch.next) })}
                </li>
              ))}
            </ul>
          )}
          {step.kind !== 'decision' && step.next && (
            <p className="regie-step__meta">
              {step.next === END
                ? t('protocol.thenEnd')
                : t('protocol.thenStep', { number: stepNumber(procedure, step.next) })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function ToleranceBoundary({ boundary }: { boundary: TProtocolContent['toleranceBoundary'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Section title={t('protocol.boundary')} id="tolerance-boundary">
      <p className="utrecht-paragraph regie-lead">{pick(boundary.intro, lang)}</p>
      {boundary.accepted.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('protocol.accepted')}</h3>
          <ul className="utrecht-unordered-list">
            {boundary.accepted.map((item) => (
              <li key={item.nl}>{pick(item, lang)}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="utrecht-heading-3">{t('protocol.notAccepted')}</h3>
      <ul className="utrecht-unordered-list">
        {boundary.notAccepted.map((item) => (
          <li key={item.nl}>{pick(item, lang)}</li>
        ))}
      </ul>
      {boundary.always.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('protocol.always')}</h3>
          <ul className="utrecht-unordered-list">
            {boundary.always.map((item) => (
              <li key={item.nl}>{pick(item, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** The whole protocol as one readable, printable document. */
export function ProtocolDocument({ content }: { content: TProtocolContent }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="regie-protocol">
      <Section title={t('protocol.numbers')} id="numbers">
        <dl className="utrecht-data-list regie-data-list">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('protocol.alarmNumber')}</dt>
            <dd className="utrecht-data-list__item-value">{content.settings.alarmNumber}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('protocol.emergencyNumber')}</dt>
            <dd className="utrecht-data-list__item-value">{content.settings.emergencyNumber}</dd>
          </div>
        </dl>
      </Section>
      <ToleranceBoundary boundary={content.toleranceBoundary} />
      <Section title={t('protocol.script')} id="script">
        <ol className="regie-script">
          {(['acknowledge', 'goal', 'boundary', 'choice'] as const).map((part) => (
            <li key={part}>
              <strong>{t(`home.script.${part}.name`)}</strong>: <q>{pick(content.script[part], lang)}</q>
            </li>
          ))}
        </ol>
        <h3 className="utrecht-heading-3">{t('home.route.title')}</h3>
        <ol className="regie-route">
          {content.route.map((item) => (
            <li key={item.nl}>{pick(item, lang)}</li>
          ))}
        </ol>
      </Section>
      <Section title={t('protocol.phases')} id="phases">
        <ol className="regie-phases">
          {content.phases.map((phase) => (
            <li key={phase.phase}>
              <strong>{pick(phase.name, lang)}</strong>: {pick(phase.signals, lang)}
              <ul className="utrecht-unordered-list">
                {phase.sentences.map((sentence) => (
                  <li key={sentence.nl}>
                    <q>{pick(sentence, lang)}</q>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>
      {content.boundarySentences.length > 0 && (
        <Section title={t('protocol.boundarySentences')} id="boundary-sentences">
          <dl className="regie-sentences">
            {content.boundarySentences.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two sentences may share a situation
              <div key={`${index}-${item.situation.nl}`}>
                <dt>{pick(item.situation, lang)}</dt>
                <dd>
                  <q>{pick(item.sentence, lang)}</q>
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      {content.procedures.map((procedure) => (
        <Section key={procedure.key} title={pick(procedure.title, lang)} id={`procedure-${procedure.key}`}>
          <ProcedureSteps procedure={procedure} />
        </Section>
      ))}
    </div>
  );
}
