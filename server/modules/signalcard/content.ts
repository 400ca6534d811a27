import { z } from 'zod';
import { ZText } from '../protocols/content.js';

/**
 * The signal card's own part (seed 000's borgingskit): the signals to watch and, per phase of escalation, what to
 * do. The rest of the card (phase names and signals, sentences, boundary sentences, script, route, numbers) is read
 * from the current protocol, so the card never disagrees with it.
 */
export const ZSignalCardContent = z.strictObject({
  /** Seed 000: voice volume, speech rate, muscle tension, distance, eye contact; seed 002: "jullie"/"jij". */
  watch: z.array(ZText).min(1).max(12),
  /** What to do in phase 1 to 4, in that order. */
  actions: z.array(ZText).length(4),
});
export type TSignalCardContent = z.infer<typeof ZSignalCardContent>;

const t = (nl: string, en: string) => ({ nl, en });

export const DEFAULT_SIGNAL_CARD: TSignalCardContent = {
  watch: [
    t('Stemvolume: wordt de stem luider?', 'Voice volume: is the voice getting louder?'),
    t('Spreektempo: praat de klant sneller?', 'Speech rate: is the client talking faster?'),
    t(
      'Spierspanning: gebalde vuisten, strakke kaken, onrust.',
      'Muscle tension: clenched fists, tight jaw, restlessness.',
    ),
    t('Afstand: komt de klant dichterbij?', 'Distance: is the client coming closer?'),
    t('Oogcontact: staren of juist wegkijken.', 'Eye contact: staring, or looking away.'),
    t('Woordkeus: van „jullie” naar „jij” of „u”.', 'Word choice: from "you people" to "you".'),
  ],
  actions: [
    t(
      'Afstemmen: rustige toon en tempo. Erken de boosheid en zeg wat u gaat doen.',
      'Attune: calm tone and pace. Acknowledge the anger and say what you will do.',
    ),
    t(
      'Niet verdedigen. Erken de kritiek en bied een keuze: „ik kan A of B voor u doen”.',
      'Do not defend. Acknowledge the criticism and offer a choice: "I can do A or B for you".',
    ),
    t(
      'Benoem het gedrag en stel een grens met een keuze. Waarschuw één keer; daarna mag u het gesprek beëindigen of overdragen.',
      'Name the behaviour and set a boundary with a choice. Warn once; then you may end the conversation or hand over.',
    ),
    t(
      'Uw veiligheid gaat voor. Beëindig het contact, neem afstand en sla alarm. Niet blijven hangen.',
      'Your safety comes first. End the contact, step back and raise the alarm. Do not stay.',
    ),
  ],
};
