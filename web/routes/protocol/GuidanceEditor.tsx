import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type TProtocolContent } from '../../../server/modules/protocols/content';
import { Checkboxes } from '../../components/fields';
import { Section } from '../../components/page';
import { BilingualList, BilingualText } from './editor-fields';

type Update = (change: (next: TProtocolContent) => void) => void;

/** Seed 000's five-step route: always five, so only their wording changes. */
export function RouteEditor({ content, update }: { content: TProtocolContent; update: Update }) {
  const { t } = useTranslation();
  return (
    <Section title={t('editor.routeTitle')} id="route-editor">
      <div className="regie-form regie-form--wide">
        {content.route.map((item, index) => (
          <BilingualText
            // biome-ignore lint/suspicious/noArrayIndexKey: the route has exactly five fixed positions
            key={index}
            legend={t('editor.routeStep', { number: index + 1 })}
            value={item}
            onChange={(text) =>
              update((next) => {
                next.route[index] = text;
              })
            }
          />
        ))}
      </div>
    </Section>
  );
}

/** Seed 002's four phases: their names, the signals to watch, and what to say in each. */
export function PhasesEditor({ content, update }: { content: TProtocolContent; update: Update }) {
  const { t } = useTranslation();
  return (
    <Section title={t('protocol.phases')} id="phases-editor">
      <div className="regie-form regie-form--wide">
        {content.phases.map((phase, index) => (
          <fieldset key={phase.phase} className="utrecht-form-fieldset regie-step-editor">
            <legend className="utrecht-form-fieldset__legend">{t('editor.phase', { number: phase.phase })}</legend>
            <BilingualText
              legend={t('editor.phaseName')}
              value={phase.name}
              onChange={(name) =>
                update((next) => {
                  (next.phases[index] as typeof phase).name = name;
                })
              }
            />
            <BilingualText
              legend={t('editor.phaseSignals')}
              value={phase.signals}
              onChange={(signals) =>
                update((next) => {
                  (next.phases[index] as typeof phase).signals = signals;
                })
              }
            />
            <BilingualList
              legend={t('editor.phaseSentences')}
              items={phase.sentences}
              min={1}
              onChange={(sentences) =>
                update((next) => {
                  (next.phases[index] as typeof phase).sentences = sentences;
                })
              }
            />
          </fieldset>
        ))}
      </div>
    </Section>
  );
}

/** Boundary sentences per situation, with the channels where they fit (shown while handling such a contact). */
export function BoundarySentencesEditor({ content, update }: { content: TProtocolContent; update: Update }) {
  const { t } = useTranslation();
  const channelOptions = CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }));
  return (
    <Section title={t('protocol.boundarySentences')} id="boundary-sentences-editor">
      <div className="regie-form regie-form--wide">
        {content.boundarySentences.map((item, index) => (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no identity of their own while being typed
            key={index}
            className="utrecht-form-fieldset regie-step-editor"
          >
            <legend className="utrecht-form-fieldset__legend">{t('editor.sentence', { number: index + 1 })}</legend>
            <BilingualText
              legend={t('editor.situation')}
              value={item.situation}
              onChange={(situation) =>
                update((next) => {
                  (next.boundarySentences[index] as typeof item).situation = situation;
                })
              }
            />
            <BilingualText
              legend={t('editor.sentenceText')}
              value={item.sentence}
              onChange={(sentence) =>
                update((next) => {
                  (next.boundarySentences[index] as typeof item).sentence = sentence;
                })
              }
            />
            <Checkboxes
              label={t('editor.sentenceChannels')}
              name={`sentence-${index}-channels`}
              value={item.channels}
              options={channelOptions}
              onChange={(channels) =>
                update((next) => {
                  (next.boundarySentences[index] as typeof item).channels = channels as typeof item.channels;
                })
              }
            />
            <Button
              className="utrecht-button utrecht-button--subtle"
              onPress={() =>
                update((next) => {
                  next.boundarySentences.splice(index, 1);
                })
              }
            >
              {t('editor.removeSentence', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button
          className="utrecht-button utrecht-button--secondary-action"
          onPress={() =>
            update((next) => {
              next.boundarySentences.push({
                situation: { nl: '', en: '' },
                sentence: { nl: '', en: '' },
                channels: [],
              });
            })
          }
        >
          {t('editor.addSentence')}
        </Button>
      </div>
    </Section>
  );
}
