import type { TProtocolContent, TText } from '../../protocols/content.js';
import type { Role } from '../../users/roles.js';

/**
 * Short e-learning modules with a quiz (issue 9; seed 004's blended training). Where a module teaches the
 * organisation's own protocol (phases, script, route, tolerance boundary, alarm number), its text and questions are
 * built from the current protocol, so the module changes when the protocol does.
 */
export interface Question {
  id: string;
  text: TText;
  options: TText[];
  correct: number;
  explanation: TText;
}

export interface ElearningModule {
  id: string;
  title: TText;
  /** Who it is for; empty: everyone. */
  roles: Role[];
  minutes: number;
  content: (protocol: TProtocolContent) => TText[];
  questions: (protocol: TProtocolContent) => Question[];
}

/** A quiz is passed with at least this share of right answers. */
export const PASS_RATIO = 0.8;

const t = (nl: string, en: string): TText => ({ nl, en });
const join = (texts: TText[], separator = ' '): TText => ({
  nl: texts.map((text) => text.nl).join(separator),
  en: texts.map((text) => text.en || text.nl).join(separator),
});

export const ELEARNING_MODULES: ElearningModule[] = [
  {
    id: 'vormen-van-agressie',
    title: t('Vormen van agressie', 'Forms of aggression'),
    roles: [],
    minutes: 5,
    content: () => [
      t(
        'Agressie is meer dan schreeuwen. Het is verbaal (schelden, schreeuwen), non-verbaal (een dreigende houding, gebaren), schriftelijk (brieven, e-mail, sociale media), fysiek geweld, bedreiging, intimidatie, discriminatie, seksuele intimidatie en vernieling.',
        'Aggression is more than shouting. It is verbal (swearing, shouting), non-verbal (a threatening posture, gestures), written (letters, e-mail, social media), physical violence, threats, intimidation, discrimination, sexual intimidation and damage to property.',
      ),
      t(
        'Instrumentele agressie is druk zetten om iets gedaan te krijgen: geef daar niet aan toe, anders werkt het. Emotionele agressie is frustratie die overslaat: erken de emotie en begrens het gedrag.',
        'Instrumental aggression is pressure to get something done: do not give in, or it works. Emotional aggression is frustration boiling over: acknowledge the emotion and limit the behaviour.',
      ),
    ],
    questions: () => [
      {
        id: 'instrumenteel',
        text: t(
          'Een klant zegt: „Als ik mijn geld vandaag niet krijg, gebeurt er wat.” Welke vorm is dit vooral?',
          'A client says: "If I do not get my money today, something will happen." Which form is this mainly?',
        ),
        options: [
          t('Instrumentele agressie', 'Instrumental aggression'),
          t('Emotionele agressie', 'Emotional aggression'),
          t('Geen agressie', 'Not aggression'),
        ],
        correct: 0,
        explanation: t(
          'Hij zet druk om iets gedaan te krijgen. Toegeven beloont de dreiging.',
          'He applies pressure to get something done. Giving in rewards the threat.',
        ),
      },
      {
        id: 'schriftelijk',
        text: t(
          'Is een beledigend bericht op sociale media agressie?',
          'Is an insulting message on social media aggression?',
        ),
        options: [
          t('Ja, schriftelijke agressie', 'Yes, written aggression'),
          t('Nee, het is geen direct contact', 'No, it is not direct contact'),
        ],
        correct: 0,
        explanation: t(
          'Schriftelijke agressie telt mee en wordt ook geregistreerd.',
          'Written aggression counts and is registered too.',
        ),
      },
      {
        id: 'emotioneel',
        text: t('Wat werkt bij emotionele agressie?', 'What works with emotional aggression?'),
        options: [
          t('De emotie erkennen en het gedrag begrenzen', 'Acknowledge the emotion and limit the behaviour'),
          t('Uitleggen waarom de klant ongelijk heeft', 'Explain why the client is wrong'),
          t('Meteen de politie bellen', 'Call the police at once'),
        ],
        correct: 0,
        explanation: t(
          'Erkenning haalt de druk eraf; de grens houdt het gesprek veilig.',
          'Acknowledgement takes the pressure off; the boundary keeps the conversation safe.',
        ),
      },
    ],
  },
  {
    id: 'vier-fasen',
    title: t('De vier fasen van escalatie', 'The four phases of escalation'),
    roles: [],
    minutes: 5,
    content: (protocol) =>
      protocol.phases.map((phase) =>
        join([t(`Fase ${phase.phase}: `, `Phase ${phase.phase}: `), phase.name, t(' — ', ' — '), phase.signals], ''),
      ),
    questions: (protocol) => {
      const name = (phase: number) => protocol.phases[phase - 1]?.name ?? t('', '');
      return [
        {
          id: 'jullie',
          text: t(
            'De klant praat over „jullie beleid” en „jullie regels”. In welke fase zit hij?',
            'The client talks about "your policy" and "your rules". Which phase is he in?',
          ),
          options: [name(1), name(2), name(3), name(4)],
          correct: 1,
          explanation: t(
            'De „jullie”-vorm is kritiek op de organisatie: fase 2.',
            'The "you people" form is criticism of the organisation: phase 2.',
          ),
        },
        {
          id: 'persoonlijk',
          text: t(
            'Vanaf welke fase mag u een telefoongesprek beëindigen?',
            'From which phase may you end a phone call?',
          ),
          options: [name(1), name(2), name(3)],
          correct: 2,
          explanation: t(
            'Wordt de klant persoonlijk agressief, dan mag u het gesprek beëindigen (na een waarschuwing).',
            'When the client becomes personally aggressive you may end the call (after a warning).',
          ),
        },
        {
          id: 'explosief',
          text: t('Wat gaat voor in fase 4?', 'What comes first in phase 4?'),
          options: [
            t('Uw veiligheid', 'Your safety'),
            t('Het probleem van de klant oplossen', 'Solving the client’s problem'),
          ],
          correct: 0,
          explanation: t(
            'Bij explosieve agressie: contact beëindigen, afstand nemen, alarm.',
            'With explosive aggression: end the contact, step back, raise the alarm.',
          ),
        },
      ];
    },
  },
  {
    id: 'route-en-script',
    title: t('Route en script', 'Route and script'),
    roles: [],
    minutes: 6,
    content: (protocol) => [
      join([
        t('De route: ', 'The route: '),
        ...protocol.route.map((step, index) => join([t(`${index + 1}. `, `${index + 1}. `), step], '')),
      ]),
      join(
        [
          t('Het script: ', 'The script: '),
          join([t('erkenning „', 'acknowledgement "'), protocol.script.acknowledge, t('”', '"')], ''),
          join([t('doel „', 'goal "'), protocol.script.goal, t('”', '"')], ''),
          join([t('grens „', 'boundary "'), protocol.script.boundary, t('”', '"')], ''),
          join([t('keuze „', 'choice "'), protocol.script.choice, t('”', '"')], ''),
        ],
        ' → ',
      ),
      t(
        'Taalregels: benoem gedrag, niet de persoon („u schreeuwt”, niet „u bent agressief”). Vermijd „altijd” en „nooit”. Korte zinnen, stiltes, geen monologen.',
        'Language rules: name behaviour, not the person ("you are shouting", not "you are aggressive"). Avoid "always" and "never". Short sentences, silences, no monologues.',
      ),
    ],
    questions: (protocol) => [
      {
        id: 'volgorde',
        text: t('Wat komt in het script na de erkenning?', 'What comes after the acknowledgement in the script?'),
        options: [protocol.script.goal, protocol.script.choice, protocol.script.boundary],
        correct: 0,
        explanation: t('Erkenning → doel → grens → keuze.', 'Acknowledgement → goal → boundary → choice.'),
      },
      {
        id: 'gedrag',
        text: t(
          'Welke zin benoemt gedrag in plaats van de persoon?',
          'Which sentence names behaviour rather than the person?',
        ),
        options: [
          t('U schreeuwt nu.', 'You are shouting now.'),
          t('U bent agressief.', 'You are aggressive.'),
          t('U doet altijd zo.', 'You always do this.'),
        ],
        correct: 0,
        explanation: t(
          '„U schreeuwt” beschrijft wat iemand doet; daar kan hij iets aan veranderen.',
          '"You are shouting" describes what someone does; that is something he can change.',
        ),
      },
      {
        id: 'laatste-stap',
        text: t('Wat is de laatste stap van de route?', 'What is the last step of the route?'),
        options: [protocol.route[4] ?? t('', ''), protocol.route[1] ?? t('', '')],
        correct: 0,
        explanation: t(
          'Afronden of tijdig overdragen: niet te lang blijven hangen.',
          'Close, or hand over in time: do not stay too long.',
        ),
      },
    ],
  },
  {
    id: 'protocol-en-tolerantiegrens',
    title: t('Ons protocol en de tolerantiegrens', 'Our protocol and the tolerance boundary'),
    roles: [],
    minutes: 6,
    content: (protocol) => [
      protocol.toleranceBoundary.intro,
      join([t('Niet geaccepteerd: ', 'Not accepted: '), ...protocol.toleranceBoundary.notAccepted], ' '),
      join([t('Altijd: ', 'Always: '), ...protocol.toleranceBoundary.always], ' '),
    ],
    questions: (protocol) =>
      [
        {
          id: 'grens',
          text: t('Wie bepaalt waar de grens ligt?', 'Who decides where the line is?'),
          options: [
            t('De gezamenlijke tolerantiegrens van de organisatie', 'The organisation’s shared tolerance boundary'),
            t('Iedere medewerker voor zichzelf', 'Each employee for themselves'),
          ],
          correct: 0,
          explanation: t(
            'Eén grens voor iedereen: zo weet u wat u mag begrenzen en krijgt u rugdekking.',
            'One line for everyone: you know what you may limit, and you get backing.',
          ),
        },
        {
          id: 'niet-geaccepteerd',
          text: t('Wordt dit geaccepteerd?', 'Is this accepted?'),
          options: [t('Nee', 'No'), t('Ja', 'Yes')],
          correct: 0,
          explanation: protocol.toleranceBoundary.notAccepted[0] ?? t('', ''),
        },
        {
          id: 'registreren',
          text: t(
            'Moet een incident boven de grens worden geregistreerd?',
            'Must an incident beyond the line be registered?',
          ),
          options: [t('Ja, altijd', 'Yes, always'), t('Alleen bij letsel', 'Only with injury')],
          correct: 0,
          explanation: t(
            'Registreren maakt zichtbaar wat er gebeurt en zorgt voor opvolging.',
            'Registering makes visible what happens and leads to follow-up.',
          ),
        },
      ].map((question) =>
        question.id === 'niet-geaccepteerd'
          ? {
              ...question,
              text: join(
                [
                  t('Wordt dit geaccepteerd: „', 'Is this accepted: "'),
                  protocol.toleranceBoundary.notAccepted[0] ?? t('', ''),
                  t('”?', '"?'),
                ],
                '',
              ),
            }
          : question,
      ),
  },
  {
    id: 'alarm-en-interventieteam',
    title: t('Het alarm en het interventieteam', 'The alarm and the intervention team'),
    roles: [],
    minutes: 4,
    content: (protocol) => [
      t(
        `Bij dreigend fysiek gevaar slaat u alarm: intern nummer ${protocol.settings.alarmNumber}, bij direct gevaar ${protocol.settings.emergencyNumber}.`,
        `When physical danger threatens you raise the alarm: internal number ${protocol.settings.alarmNumber}, in immediate danger ${protocol.settings.emergencyNumber}.`,
      ),
      t(
        'Per kantoor is er een interventieteam van frontofficemedewerkers en leidinggevenden. Zij komen, staan naast u en nemen het over. U hoeft het niet alleen op te lossen.',
        'Each office has an intervention team of front-office staff and managers. They come, stand beside you and take over. You do not have to solve it alone.',
      ),
    ],
    questions: (protocol) => [
      {
        id: 'nummer',
        text: t('Wat is ons interne alarmnummer?', 'What is our internal alarm number?'),
        options: [
          t(protocol.settings.alarmNumber, protocol.settings.alarmNumber),
          t(
            protocol.settings.emergencyNumber === '911' ? '112' : '911',
            protocol.settings.emergencyNumber === '911' ? '112' : '911',
          ),
          t('0900-0000', '0900-0000'),
        ],
        correct: 0,
        explanation: t(
          `Intern alarm: ${protocol.settings.alarmNumber}.`,
          `Internal alarm: ${protocol.settings.alarmNumber}.`,
        ),
      },
      {
        id: 'wanneer',
        text: t(
          'Een klant loopt achter de balie op u af. Wat doet u?',
          'A client comes at you behind the desk. What do you do?',
        ),
        options: [
          t('Alarm slaan en afstand nemen', 'Raise the alarm and step back'),
          t('Hem zelf tot rust brengen', 'Calm him down yourself'),
        ],
        correct: 0,
        explanation: t('Zelf blijven proberen is de heldhaftige reflex.', 'Trying on your own is the heroic reflex.'),
      },
    ],
  },
  {
    id: 'registreren',
    title: t('Registreren: feiten en citaten', 'Registering: facts and quotes'),
    roles: [],
    minutes: 4,
    content: () => [
      t(
        'Leg vast wat er gebeurde, waar en wanneer, wie erbij waren, wat de gevolgen zijn en welk bewijs er is (camerabeelden, screenshots). Schrijf feiten en letterlijke citaten op, geen meningen.',
        'Record what happened, where and when, who was there, the consequences and the evidence (camera images, screenshots). Write down facts and literal quotes, not opinions.',
      ),
      t(
        'Na bedreiging of fysiek geweld volgt aangifte binnen twee werkdagen (Veilige Publieke Taak). U mag het adres van de werkgever gebruiken.',
        'After a threat or physical violence a police report follows within two working days (Safe Public Task). You may use the employer’s address.',
      ),
    ],
    questions: () => [
      {
        id: 'citaat',
        text: t('Welke zin hoort in een registratie?', 'Which sentence belongs in a registration?'),
        options: [
          t('De klant riep: „Ik weet waar je woont.”', 'The client shouted: "I know where you live."'),
          t('De klant was erg onaangenaam.', 'The client was very unpleasant.'),
        ],
        correct: 0,
        explanation: t(
          'Een letterlijk citaat is een feit; „onaangenaam” is een mening.',
          'A literal quote is a fact; "unpleasant" is an opinion.',
        ),
      },
      {
        id: 'aangifte',
        text: t(
          'Binnen hoeveel werkdagen gaat u na een bedreiging naar de politie?',
          'Within how many working days do you go to the police after a threat?',
        ),
        options: [t('2', '2'), t('10', '10'), t('30', '30')],
        correct: 0,
        explanation: t(
          'Afspraak Veilige Publieke Taak: binnen twee werkdagen.',
          'Safe Public Task agreement: within two working days.',
        ),
      },
    ],
  },
  {
    id: 'nazorg-en-rugdekking',
    title: t('Voor leidinggevenden: nazorg en rugdekking', 'For managers: aftercare and backing'),
    roles: ['manager'],
    minutes: 6,
    content: () => [
      t(
        'Wat leidinggevenden normaliseren, wordt cultuur. Geef zichtbaar rugdekking als een medewerker een grens stelt, ook als de klant klaagt.',
        'What managers normalise becomes culture. Visibly back an employee who sets a boundary, even when the client complains.',
      ),
      t(
        'Nazorg: een eerste gesprek binnen 72 uur, vervolg na ongeveer twee weken en na zes tot acht weken. Vraag: „Wat heb jij nu nodig?” Denk ook aan getuigen. Verwijs waar nodig naar de bedrijfsarts, HR of de vertrouwenspersoon.',
        'Aftercare: a first conversation within 72 hours, follow-ups after about two weeks and after six to eight weeks. Ask: "What do you need now?" Think of witnesses too. Refer to the company doctor, HR or the confidential counsellor where needed.',
      ),
    ],
    questions: () => [
      {
        id: 'eerste-gesprek',
        text: t(
          'Binnen welke tijd voert u het eerste nazorggesprek?',
          'Within what time do you hold the first aftercare conversation?',
        ),
        options: [
          t('72 uur', '72 hours'),
          t('Twee weken', 'Two weeks'),
          t('Bij het jaargesprek', 'At the annual review'),
        ],
        correct: 0,
        explanation: t(
          'Eerste gesprek binnen 72 uur; daarna na twee en na zes tot acht weken.',
          'First conversation within 72 hours; then after two and after six to eight weeks.',
        ),
      },
      {
        id: 'vraag',
        text: t(
          'Welke vraag stelt u in het nazorggesprek?',
          'Which question do you ask in the aftercare conversation?',
        ),
        options: [
          t('Wat heb jij nu nodig?', 'What do you need now?'),
          t('Waarom liep het uit de hand?', 'Why did it get out of hand?'),
        ],
        correct: 0,
        explanation: t(
          'Nazorg gaat over de medewerker, niet over schuld.',
          'Aftercare is about the employee, not about blame.',
        ),
      },
      {
        id: 'klacht',
        text: t(
          'Een klant klaagt over een medewerker die een grens stelde. Wat doet u?',
          'A client complains about an employee who set a boundary. What do you do?',
        ),
        options: [
          t(
            'Rugdekking geven als de grens binnen het protocol was',
            'Back the employee if the boundary was within the protocol',
          ),
          t('Excuses aanbieden aan de klant', 'Apologise to the client'),
        ],
        correct: 0,
        explanation: t(
          'Zonder rugdekking stellen medewerkers geen grenzen meer.',
          'Without backing, employees stop setting boundaries.',
        ),
      },
    ],
  },
];

export function moduleFor(id: string): ElearningModule | undefined {
  return ELEARNING_MODULES.find((module) => module.id === id);
}

export function availableTo(module: ElearningModule, roles: readonly Role[]): boolean {
  return module.roles.length === 0 || module.roles.some((role) => roles.includes(role));
}
