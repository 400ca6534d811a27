import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSignalCardContent } from '../../../server/modules/signalcard/content';
import type { TSignalCard } from '../../../server/modules/signalcard/schema';
import { api } from '../../api/client';
import { hasRole, useSessionUser } from '../../auth/session';
import { ErrorAlert, Loading, SuccessNote } from '../../components/feedback';
import { PageHeading, Section } from '../../components/page';
import { pick } from '../../components/text';
import { useAction } from '../../components/useAction';
import { BilingualList, BilingualText } from '../protocol/editor-fields';

const signalCardQuery = { queryKey: ['signal-card'], queryFn: () => api<TSignalCard>('GET', '/api/v1/signal-card') };

const CHANNEL_ORDER = ['telephone', 'desk', 'home_visit', 'written', 'online', 'public_space', 'other'] as const;

function Card({ card }: { card: TSignalCard }) {
  const { t, i18n } = useTranslation();
  const say = (text: { nl: string; en: string }) => pick(text, i18n.language);
  return (
    <>
      <Section title={t('signalCard.watch')} id="watch">
        <ul>
          {card.content.watch.map((signal) => (
            <li key={signal.nl}>{say(signal)}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('signalCard.phases')} id="phases">
        {card.phases.map((phase) => (
          <article key={phase.phase} className="regie-unit" aria-labelledby={`phase-${phase.phase}`}>
            <h3 id={`phase-${phase.phase}`} className="utrecht-heading-3">
              {t('signalCard.phase', { phase: phase.phase, name: say(phase.name) })}
            </h3>
            <dl className="regie-sentences">
              <dt>{t('signalCard.signals')}</dt>
              <dd>{say(phase.signals)}</dd>
              <dt>{t('signalCard.todo')}</dt>
              <dd>{say(phase.action)}</dd>
              <dt>{t('signalCard.say')}</dt>
              {phase.sentences.map((sentence) => (
                <dd key={sentence.nl}>
                  <q>{say(sentence)}</q>
                </dd>
              ))}
            </dl>
          </article>
        ))}
      </Section>
      <Section title={t('signalCard.scriptAndRoute')} id="script-route">
        <ol className="regie-script">
          {(['acknowledge', 'goal', 'boundary', 'choice'] as const).map((part) => (
            <li key={part}>
              <strong>{t(`home.script.${part}.name`)}</strong>: <q>{say(card.script[part])}</q>
            </li>
          ))}
        </ol>
        <h3 className="utrecht-heading-3">{t('home.route.title')}</h3>
        <ol className="regie-route">
          {card.route.map((step) => (
            <li key={step.nl}>{say(step)}</li>
          ))}
        </ol>
      </Section>
      <Section title={t('signalCard.boundary')} id="boundary">
        {CHANNEL_ORDER.map((channel) => {
          const sentences = card.boundarySentences.filter((entry) => entry.channels.includes(channel));
          if (sentences.length === 0) return null;
          return (
            <div key={channel}>
              <h3 className="utrecht-heading-3">{t(`signalCard.channels.${channel}`)}</h3>
              <dl className="regie-sentences">
                {sentences.map((entry) => (
                  <div key={entry.sentence.nl}>
                    <dt>{say(entry.situation)}</dt>
                    <dd>
                      <q>{say(entry.sentence)}</q>
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </Section>
    </>
  );
}

/** The safety officer edits the card's own part; phases, sentences, script and route live in the protocol. */
function CardEditor({ card }: { card: TSignalCard }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<TSignalCardContent>(card.content);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <Section title={t('signalCard.editTitle')} id="edit">
      <p className="utrecht-paragraph">
        {t('signalCard.editIntro')}{' '}
        <Link to="/protocol/edit" className="utrecht-link">
          {t('signalCard.protocolEditor')}
        </Link>
      </p>
      <form
        className="regie-form regie-form--wide"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void run(async () => {
            const result = await api<TSignalCard>('PUT', '/api/v1/signal-card', { content });
            queryClient.setQueryData(signalCardQuery.queryKey, result);
            setSaved(true);
          });
        }}
      >
        <BilingualList
          legend={t('signalCard.watch')}
          items={content.watch}
          min={1}
          onChange={(watch) => setContent({ ...content, watch })}
        />
        {content.actions.map((action, index) => (
          <BilingualText
            key={card.phases[index]?.phase ?? index}
            legend={t('signalCard.actionFor', { phase: index + 1 })}
            value={action}
            onChange={(value) =>
              setContent({ ...content, actions: content.actions.map((old, i) => (i === index ? value : old)) })
            }
          />
        ))}
        <ErrorAlert error={error} />
        {saved && <SuccessNote>{t('common.saved')}</SuccessNote>}
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {t('common.save')}
        </button>
      </form>
    </Section>
  );
}

/** Registers the worker that keeps the last copy of the offline card (web/public/signal-card-sw.js). */
function useOfflineCard() {
  useEffect(() => {
    navigator.serviceWorker?.register('/signal-card-sw.js').catch(() => undefined);
  }, []);
}

export function SignalCardPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  useOfflineCard();
  const card = useQuery(signalCardQuery);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      <PageHeading title={t('signalCard.title')}>{t('signalCard.title')}</PageHeading>
      <p className="utrecht-paragraph regie-lead">{t('signalCard.intro')}</p>
      <ul className="regie-action-list">
        <li>
          <a
            className="utrecht-button-link utrecht-button-link--primary-action"
            href={`/api/v1/signal-card/pdf?size=pocket&lang=${language}`}
            download
          >
            {t('signalCard.pocketPdf')}
          </a>
        </li>
        <li>
          <a
            className="utrecht-button-link utrecht-button-link--secondary-action"
            href={`/api/v1/signal-card/pdf?size=a4&lang=${language}`}
            download
          >
            {t('signalCard.a4Pdf')}
          </a>
        </li>
      </ul>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/api/v1/signal-card/offline">
          {t('signalCard.offlineLink')}
        </a>
      </p>
      <p className="utrecht-paragraph regie-muted">{t('signalCard.offline')}</p>
      <ErrorAlert error={card.error} />
      {!card.data && !card.error && <Loading />}
      {card.data && (
        <>
          <p className="utrecht-paragraph">
            {t('signalCard.numbers', { alarm: card.data.alarmNumber, emergency: card.data.emergencyNumber })}
          </p>
          <Card card={card.data} />
          {hasRole(user, 'safety_officer') && <CardEditor card={card.data} />}
        </>
      )}
    </>
  );
}
