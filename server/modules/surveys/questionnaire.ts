import { z } from 'zod';
import { text } from '../../http/schemas.js';

/**
 * The built-in questionnaire for the baseline and the re-measurement (nulmeting / nameting, seed 000): perceived
 * work pressure, feeling of safety, grip on aggression, support, and how often aggression is experienced and
 * reported. A campaign holds its own copy of the items, so the safety officer can adjust them per campaign; the
 * theme of an item stays, which keeps a reworded item comparable between baseline and re-measurement.
 */
export const THEMES = [
  'work_pressure',
  'safety',
  'grip',
  'support_manager',
  'support_colleagues',
  'aggression_experienced',
  'aggression_reported',
] as const;
export type Theme = (typeof THEMES)[number];

/** Whether a higher score is the better outcome; work pressure and experienced aggression should go down. */
export const HIGHER_IS_BETTER: Record<Theme, boolean> = {
  work_pressure: false,
  safety: true,
  grip: true,
  support_manager: true,
  support_colleagues: true,
  aggression_experienced: false,
  aggression_reported: true,
};

/** The answer scales, each 1–5: agreement, how often something happened, how often one did something. */
export const SCALES = ['agreement', 'frequency', 'share'] as const;
export type Scale = (typeof SCALES)[number];

const itemText = z.strictObject({ nl: text({ min: 3, max: 300 }), en: text({ min: 3, max: 300 }) });

export const ZSurveyItem = z.discriminatedUnion('kind', [
  z.strictObject({
    key: z.string().regex(/^[a-z0-9_-]{1,40}$/),
    kind: z.literal('scale'),
    theme: z.enum(THEMES),
    scale: z.enum(SCALES),
    text: itemText,
  }),
  z.strictObject({ key: z.string().regex(/^[a-z0-9_-]{1,40}$/), kind: z.literal('open'), text: itemText }),
]);
export type SurveyItem = z.infer<typeof ZSurveyItem>;

function scale(key: string, theme: Theme, scaleName: Scale, nl: string, en: string): SurveyItem {
  return { key, kind: 'scale', theme, scale: scaleName, text: { nl, en } };
}

export const QUESTIONNAIRE_VERSION = 1;

export const BUILT_IN_ITEMS: readonly SurveyItem[] = [
  scale(
    'wp1',
    'work_pressure',
    'agreement',
    'Ik heb vaak te veel werk om rustig met klanten om te gaan.',
    'I often have too much work to deal with clients calmly.',
  ),
  scale(
    'wp2',
    'work_pressure',
    'agreement',
    'Na een werkdag voel ik me vaak uitgeput.',
    'After a working day I often feel exhausted.',
  ),
  scale(
    'wp3',
    'work_pressure',
    'agreement',
    'Ik blijf na het werk vaak denken aan lastige gesprekken met klanten.',
    'After work I often keep thinking about difficult conversations with clients.',
  ),
  scale(
    'sa1',
    'safety',
    'agreement',
    'Ik voel me veilig in contact met klanten: aan de balie, aan de telefoon en op huisbezoek.',
    'I feel safe in contact with clients: at the desk, on the phone and on home visits.',
  ),
  scale(
    'sa2',
    'safety',
    'agreement',
    'Ik weet hoe ik snel hulp krijg als het misgaat.',
    'I know how to get help quickly when things go wrong.',
  ),
  scale(
    'gr1',
    'grip',
    'agreement',
    'Ik merk op tijd dat een klant boos wordt.',
    'I notice in time that a client is getting angry.',
  ),
  scale(
    'gr2',
    'grip',
    'agreement',
    'Ik weet hoe ik een grens stel, zonder de klant aan te vallen.',
    'I know how to set a boundary without attacking the client.',
  ),
  scale(
    'gr3',
    'grip',
    'agreement',
    'Ik durf een gesprek te stoppen als een klant persoonlijk wordt.',
    'I dare to end a conversation when a client gets personal.',
  ),
  scale(
    'sm1',
    'support_manager',
    'agreement',
    'Na een incident vraagt mijn leidinggevende hoe het met mij gaat.',
    'After an incident my manager asks how I am doing.',
  ),
  scale(
    'sm2',
    'support_manager',
    'agreement',
    'Mijn leidinggevende steunt mij als ik een grens stel bij een klant.',
    'My manager backs me when I set a boundary with a client.',
  ),
  scale(
    'sc1',
    'support_colleagues',
    'agreement',
    'Collega’s springen bij als een gesprek uit de hand loopt.',
    'Colleagues step in when a conversation gets out of hand.',
  ),
  scale(
    'sc2',
    'support_colleagues',
    'agreement',
    'Na een incident kan ik met collega’s praten over wat er gebeurde.',
    'After an incident I can talk with colleagues about what happened.',
  ),
  scale(
    'ae1',
    'aggression_experienced',
    'frequency',
    'Hoe vaak werd u de afgelopen 3 maanden uitgescholden, afgeblaft of geïntimideerd door een klant?',
    'In the last 3 months, how often did a client swear at you, shout at you or intimidate you?',
  ),
  scale(
    'ae2',
    'aggression_experienced',
    'frequency',
    'Hoe vaak werd u de afgelopen 3 maanden bedreigd of fysiek aangevallen door een klant?',
    'In the last 3 months, how often did a client threaten you or attack you physically?',
  ),
  scale(
    'ar1',
    'aggression_reported',
    'share',
    'Als u agressie meemaakte: hoe vaak heeft u dat gemeld?',
    'When you experienced aggression: how often did you report it?',
  ),
  {
    key: 'op1',
    kind: 'open',
    text: { nl: 'Wat helpt u het meest om veilig te werken?', en: 'What helps you most to work safely?' },
  },
  {
    key: 'op2',
    kind: 'open',
    text: {
      nl: 'Wat moet er beter, zodat u zich veiliger voelt?',
      en: 'What should improve so that you feel safer?',
    },
  },
];
