import type { TProtocolContent, TStep, TText } from './content.js';

const t = (nl: string, en: string): TText => ({ nl, en });

function step(fields: Partial<TStep> & Pick<TStep, 'id' | 'text' | 'role' | 'kind'>): TStep {
  return { action: null, condition: null, next: null, branches: [], ...fields };
}

/** The closing step every procedure shares: the manager makes sure the incident is registered. */
const registerByManager = (id: string): TStep =>
  step({
    id,
    kind: 'action',
    action: 'register_incident',
    role: 'manager',
    text: t(
      'De leidinggevende zorgt voor registratie van het incident.',
      'The manager makes sure the incident is registered.',
    ),
  });

/** The manager informs the director (seed 003 repeats this step in the telephone, verbal and physical procedures). */
const informDirector = (id: string): TStep =>
  step({
    id,
    kind: 'action',
    action: 'inform_director',
    role: 'manager',
    text: t(
      'De leidinggevende communiceert over de kwestie met de directeur.',
      'The manager informs the director about the matter.',
    ),
  });

/**
 * The default protocol: seed 003 "Hoe te handelen in geval van agressie" complete (telephone 10 steps, verbal 9,
 * physical violence 5, written 6), with seed 004's tolerance boundary and seed 000/002's script and phases.
 * Organisations adapt it in the editor and publish their own version.
 */
export const DEFAULT_PROTOCOL: TProtocolContent = {
  name: t('Agressie & Geweld', 'Aggression & Violence'),
  settings: { alarmNumber: '333', emergencyNumber: '112' },
  toleranceBoundary: {
    intro: t(
      'Bij ons mag een klant boos zijn, maar agressie accepteren we niet. Dit is onze grens; die geldt voor iedereen.',
      'Here a client may be angry, but we do not accept aggression. This is our line; it applies to everyone.',
    ),
    accepted: [
      t(
        'Teleurstelling, boosheid en emotie over de situatie.',
        'Disappointment, anger and emotion about the situation.',
      ),
      t(
        'Kritiek op ons beleid of onze werkwijze, ook stevig verwoord.',
        'Criticism of our policy or way of working, even when put strongly.',
      ),
    ],
    notAccepted: [
      t(
        'Schelden, beledigen of persoonlijk aanvallen („jij/u”).',
        'Swearing at, insulting or personally attacking you ("you").',
      ),
      t('Schreeuwen dat doorgaat na één waarschuwing.', 'Shouting that continues after one warning.'),
      t(
        'Bedreigen, ook verhuld („je weet niet wat je te wachten staat”).',
        'Threats, also veiled ("you don\'t know what\'s coming").',
      ),
      t(
        'Intimideren met houding, gebaren of door te dichtbij te komen.',
        'Intimidation by posture, gestures or coming too close.',
      ),
      t('Discriminerende of seksueel getinte opmerkingen.', 'Discriminatory or sexual remarks.'),
      t('Vernielen van spullen en fysiek geweld.', 'Damaging property and physical violence.'),
    ],
    always: [
      t(
        'U mag een gesprek beëindigen zodra de klant persoonlijk agressief wordt.',
        'You may end a conversation as soon as the client becomes personally aggressive.',
      ),
      t('Twijfelt u? Roep hulp. U staat er niet alleen voor.', 'In doubt? Call for help. You are not on your own.'),
      t(
        'Elk incident wordt geregistreerd; uw leidinggevende volgt het op.',
        'Every incident is registered; your manager follows it up.',
      ),
      t(
        'Bij bedreiging en fysiek geweld doen we altijd aangifte.',
        'After a threat or physical violence we always report to the police.',
      ),
    ],
  },
  script: {
    acknowledge: t('Ik zie dat u boos bent.', 'I can see that you are angry.'),
    goal: t('Ik wil dit voor u oplossen.', 'I want to solve this for you.'),
    boundary: t('Ik praat door als het rustig is.', 'I will continue when things are calm.'),
    choice: t(
      'We gaan door aan de telefoon of plannen een afspraak.',
      'We continue on the phone or we make an appointment.',
    ),
  },
  route: [
    t('Herkennen: welk niveau, welk risico?', 'Recognise: which level, which risk?'),
    t('Afstemmen: rustige toon, rustig tempo.', 'Attune: calm tone, calm pace.'),
    t('Begrenzen: „ik help u, niet op dit volume”.', 'Limit: "I will help you, not at this volume".'),
    t('Keuze bieden, met de gevolgen erbij.', 'Offer a choice, with its consequences.'),
    t(
      'Afronden of overdragen aan een collega, beveiliging of leidinggevende.',
      'Close, or hand over to a colleague, security or a manager.',
    ),
  ],
  phases: [
    {
      phase: 1,
      name: t('Frustratie', 'Frustration'),
      signals: t(
        'Boos over de situatie, nog niet persoonlijk. Stem wordt luider, spreektempo hoger.',
        'Angry about the situation, not personal yet. Voice louder, speech faster.',
      ),
      sentences: [
        t('Ik zie dat u boos bent.', 'I can see that you are angry.'),
        t('Ik wil dit voor u oplossen. Wat is er gebeurd?', 'I want to solve this for you. What happened?'),
      ],
    },
    {
      phase: 2,
      name: t('Kritiek op de organisatie', 'Criticism of the organisation'),
      signals: t(
        'Kritiek op beleid en processen, in de „jullie”-vorm.',
        'Criticism of policy and processes, "you people".',
      ),
      sentences: [
        t(
          'Ik hoor dat u niet tevreden bent over hoe het is gegaan.',
          'I hear that you are not happy with how it went.',
        ),
        t('Ik kan A of B voor u doen; u kiest.', 'I can do A or B for you; you choose.'),
      ],
    },
    {
      phase: 3,
      name: t('Persoonlijke agressie', 'Personal aggression'),
      signals: t(
        'De medewerker wordt aangevallen in de „jij/u”-vorm, beledigd of geïntimideerd.',
        'The employee is attacked personally ("you"), insulted or intimidated.',
      ),
      sentences: [
        t('Ik help u, maar niet op deze manier.', 'I will help you, but not like this.'),
        t('Als u zo doorgaat, beëindig ik het gesprek.', 'If you carry on like this, I will end the conversation.'),
      ],
    },
    {
      phase: 4,
      name: t('Explosieve agressie', 'Explosive aggression'),
      signals: t(
        'Dreigen, schreeuwen, ernstige bedreigingen. Uw veiligheid gaat voor.',
        'Threats, shouting, serious threats. Your safety comes first.',
      ),
      sentences: [
        t('Ik beëindig dit gesprek nu.', 'I am ending this conversation now.'),
        t('Ik wil dat u het gebouw nu verlaat.', 'I want you to leave the building now.'),
      ],
    },
  ],
  boundarySentences: [
    {
      situation: t('De klant schreeuwt', 'The client is shouting'),
      sentence: t(
        'U schreeuwt nu. Ik wil u helpen, maar zo praat ik niet verder.',
        'You are shouting now. I want to help you, but I will not continue like this.',
      ),
      channels: ['desk', 'telephone', 'home_visit'],
    },
    {
      situation: t('De klant scheldt', 'The client is swearing at you'),
      sentence: t(
        'Ik word nu uitgescholden. Daar stop ik het gesprek voor.',
        'I am being sworn at. I will end the conversation for that.',
      ),
      channels: ['desk', 'telephone', 'home_visit'],
    },
    {
      situation: t('De klant komt te dichtbij', 'The client comes too close'),
      sentence: t(
        'Wilt u een stap terug doen? Dan kan ik u verder helpen.',
        'Would you step back, please? Then I can help you further.',
      ),
      channels: ['desk', 'home_visit'],
    },
    {
      situation: t('Een boze e-mail of brief', 'An angry e-mail or letter'),
      sentence: t(
        'Op berichten in deze toon reageren wij niet. Wij helpen u graag als u uw vraag zakelijk stelt.',
        'We do not respond to messages in this tone. We are glad to help when you put your question in a businesslike way.',
      ),
      channels: ['written', 'online'],
    },
  ],
  procedures: [
    {
      key: 'telephone',
      title: t('Telefonische agressie', 'Telephone aggression'),
      channels: ['telephone'],
      steps: [
        step({
          id: 't1',
          kind: 'decision',
          action: 'warn_client',
          role: 'employee',
          text: t(
            'Waarschuw de klant dat u het gesprek beëindigt als de klant zo doorgaat.',
            'Warn the client that you will end the call if they carry on like this.',
          ),
          branches: [
            { label: t('De klant gaat zo door', 'The client carries on'), next: 't2' },
            {
              label: t('De klant kalmeert: het gesprek gaat verder', 'The client calms down: the call continues'),
              next: 'end',
            },
          ],
        }),
        step({
          id: 't2',
          kind: 'action',
          action: 'end_call',
          role: 'employee',
          text: t('Helpt dit niet, verbreek dan de verbinding.', 'If that does not help, end the call.'),
        }),
        step({
          id: 't3',
          kind: 'decision',
          role: 'employee',
          condition: t('De klant belt opnieuw', 'The client calls again'),
          text: t(
            'Belt de klant opnieuw: zeg dat u pas weer een gesprek voert als de klant gekalmeerd is.',
            'If the client calls again: say that you will only talk again once the client has calmed down.',
          ),
          branches: [
            { label: t('De klant is gekalmeerd', 'The client has calmed down'), next: 't4' },
            {
              label: t(
                'De klant is niet gekalmeerd en wordt lastig',
                'The client has not calmed down and becomes difficult',
              ),
              next: 't5',
            },
            { label: t('De klant belt niet terug', 'The client does not call back'), next: 't7' },
          ],
        }),
        step({
          id: 't4',
          kind: 'instruction',
          role: 'employee',
          text: t(
            'Is de klant wel gekalmeerd, voer het gesprek dan verder.',
            'If the client has calmed down, continue the conversation.',
          ),
          next: 't7',
        }),
        step({
          id: 't5',
          kind: 'decision',
          action: 'warn_client',
          role: 'employee',
          text: t(
            'Geef nogmaals aan dat u het gesprek beëindigt als de klant zo doorgaat.',
            'Say once more that you will end the call if the client carries on like this.',
          ),
          branches: [
            { label: t('De klant belt opnieuw', 'The client calls again'), next: 't6' },
            { label: t('De klant belt niet meer', 'The client does not call again'), next: 't7' },
          ],
        }),
        step({
          id: 't6',
          kind: 'action',
          action: 'transfer_call',
          role: 'employee',
          condition: t('De klant belt opnieuw', 'The client calls again'),
          text: t(
            'Verbind door, in overleg met collega’s of uw leidinggevende. Sta de klant zelf niet meer te woord.',
            'Transfer the call, in consultation with colleagues or your manager. Do not speak to the client yourself any more.',
          ),
        }),
        step({
          id: 't7',
          kind: 'action',
          action: 'decide_measures',
          role: 'manager',
          text: t(
            'De leidinggevende bepaalt samen met de medewerker welke maatregelen worden genomen.',
            'The manager decides together with the employee which measures are taken.',
          ),
        }),
        step({
          id: 't8',
          kind: 'action',
          action: 'plan_ordegesprek',
          role: 'manager',
          text: t(
            'Ordegesprek met de leidinggevende, de klant en de medewerker.',
            'Corrective conversation (ordegesprek) with the manager, the client and the employee.',
          ),
        }),
        registerByManager('t9'),
        informDirector('t10'),
      ],
    },
    {
      key: 'verbal',
      title: t('Verbale agressie', 'Verbal aggression'),
      channels: ['desk', 'home_visit', 'public_space', 'other'],
      steps: [
        step({
          id: 'v1',
          kind: 'decision',
          action: 'warn_client',
          role: 'employee',
          text: t(
            'Wijs de klant tactvol maar duidelijk op zijn ongewenste gedrag; daarna kan het gesprek verder.',
            'Point out the unwanted behaviour to the client, tactfully but clearly; then the conversation can continue.',
          ),
          branches: [
            {
              label: t('Het gedrag stopt: het gesprek gaat verder', 'The behaviour stops: the conversation continues'),
              next: 'end',
            },
            { label: t('Het ongewenste gedrag houdt aan', 'The unwanted behaviour continues'), next: 'v2' },
          ],
        }),
        step({
          id: 'v2',
          kind: 'action',
          action: 'end_conversation',
          role: 'employee',
          text: t(
            'Houdt het ongewenste gedrag aan, beëindig dan het gesprek.',
            'If the unwanted behaviour continues, end the conversation.',
          ),
        }),
        step({
          id: 'v3',
          kind: 'decision',
          action: 'call_for_help',
          role: 'employee',
          text: t(
            'Schakel zo nodig hulp in van collega’s, de leidinggevende of de directeur.',
            'If needed, call in help from colleagues, the manager or the director.',
          ),
          branches: [
            { label: t('Er is hulp nodig', 'Help is needed'), next: 'v4' },
            { label: t('Geen hulp nodig: de klant vertrekt', 'No help needed: the client leaves'), next: 'v7' },
          ],
        }),
        step({
          id: 'v4',
          kind: 'decision',
          action: 'ask_to_leave',
          role: 'manager',
          text: t(
            'De leidinggevende of directeur vraagt de klant het agressieve gedrag te beëindigen. Lukt dit niet, dan krijgt de klant de duidelijke boodschap dat hij het gebouw moet verlaten.',
            'The manager or director asks the client to stop the aggressive behaviour. If that fails, the client is told clearly to leave the building.',
          ),
          branches: [
            { label: t('De klant kalmeert of vertrekt', 'The client calms down or leaves'), next: 'v7' },
            { label: t('De klant gaat er niet op in', 'The client does not comply'), next: 'v5' },
          ],
        }),
        step({
          id: 'v5',
          kind: 'decision',
          action: 'call_security_or_police',
          role: 'manager',
          text: t(
            'Gaat de klant er niet op in, schakel dan beveiliging en/of politie in.',
            'If the client does not comply, call security and/or the police.',
          ),
          branches: [
            { label: t('De politie is ingeschakeld', 'The police have been called'), next: 'v6' },
            { label: t('Alleen beveiliging', 'Security only'), next: 'v7' },
          ],
        }),
        step({
          id: 'v6',
          kind: 'instruction',
          role: 'manager',
          text: t(
            'Leg de politie uit wat er aan de hand is. De politie probeert altijd eerst te bemiddelen.',
            'Explain to the police what is going on. The police will always try to mediate first.',
          ),
        }),
        step({
          id: 'v7',
          kind: 'action',
          action: 'plan_ordegesprek',
          role: 'manager',
          text: t(
            'De medewerker en de leidinggevende of directeur plannen een ordegesprek met de klant.',
            'The employee and the manager or director plan a corrective conversation (ordegesprek) with the client.',
          ),
        }),
        registerByManager('v8'),
        informDirector('v9'),
      ],
    },
    {
      key: 'physical',
      title: t('Fysiek geweld', 'Physical violence'),
      channels: [],
      steps: [
        step({
          id: 'p1',
          kind: 'action',
          action: 'call_police',
          role: 'colleagues',
          text: t(
            'De collega’s in de buurt schakelen de politie in (112).',
            'Colleagues nearby call the police (112).',
          ),
        }),
        step({
          id: 'p2',
          kind: 'instruction',
          role: 'colleagues',
          text: t(
            'Collega’s helpen de betrokken medewerker en proberen de agressieve klant tot bedaren te brengen of in bedwang te houden.',
            'Colleagues help the employee involved and try to calm the aggressive client down or restrain them.',
          ),
        }),
        step({
          id: 'p3',
          kind: 'instruction',
          role: 'police',
          text: t('Als de politie arriveert, grijpt deze in.', 'When the police arrive, they intervene.'),
        }),
        registerByManager('p4'),
        informDirector('p5'),
      ],
    },
    {
      key: 'written',
      title: t('Schriftelijke agressie', 'Written aggression'),
      channels: ['written', 'online'],
      steps: [
        step({
          id: 'w1',
          kind: 'action',
          action: 'written_warning',
          role: 'employee',
          text: t(
            'Spreek de klant aan; volgt zo nodig een (schriftelijke) waarschuwing.',
            'Address the client; if needed a (written) warning follows.',
          ),
        }),
        step({
          id: 'w2',
          kind: 'action',
          action: 'complaint_procedure',
          role: 'employee',
          condition: t('De brief is een interne of externe klacht', 'The letter is an internal or external complaint'),
          text: t(
            'Is de brief een klacht, wijs dan op de vastgestelde procedure voor klachtbehandeling.',
            'If the letter is a complaint, point to the established complaints procedure.',
          ),
        }),
        step({
          id: 'w3',
          kind: 'action',
          action: 'close_correspondence',
          role: 'manager',
          condition: t('Er komt opnieuw een agressief opgestelde brief', 'Another aggressively worded letter arrives'),
          text: t(
            'Laat via de officiële weg schriftelijk weten dat op zulke brieven niet meer wordt gereageerd of dat de correspondentie als afgehandeld wordt beschouwd.',
            'Let the client know in writing, through the official route, that such letters will no longer be answered or that the correspondence is considered closed.',
          ),
        }),
        step({
          id: 'w4',
          kind: 'action',
          action: 'call_alarm_number',
          role: 'employee',
          condition: t('De brief bevat een onbekende stof', 'The letter contains an unknown substance'),
          text: t(
            'Bel direct het interne alarmnummer, blijf op uw plek en wacht op de BHV’er en/of de politie.',
            'Call the internal alarm number at once, stay where you are and wait for the emergency responder and/or the police.',
          ),
        }),
        registerByManager('w5'),
        step({
          id: 'w6',
          kind: 'action',
          action: 'inform_director',
          role: 'manager',
          text: t(
            'De leidinggevende communiceert over de kwestie met de directeur en de werknemers.',
            'The manager informs the director and the employees about the matter.',
          ),
        }),
      ],
    },
  ],
};
