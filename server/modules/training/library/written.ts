import type { TExpectation } from '../scenario.js';
import { choose, ending, type LibraryScenario, leave, leaveWith, open, say, t, turn, warn } from './build.js';

/** A rude message: set the boundary on the tone and still say you will help. */
const toneBoundary: TExpectation = { script: ['boundary', 'goal'], routeStep: 3, decisions: ['warn'] };

export const WRITTEN_SCENARIOS: LibraryScenario[] = [
  {
    id: 'email-servicekosten',
    scenario: {
      title: t('E-mail: boze reactie op de servicekosten', 'E-mail: an angry reaction to the service charges'),
      channel: 'written',
      level: 'basic',
      situation: t(
        'U beantwoordt de e-mail van de klantenservice. Meneer Peters reageert op de jaarafrekening van de servicekosten.',
        'You answer the customer service mailbox. Mr Peters responds to the annual statement of service charges.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          2,
          t(
            'Jullie servicekosten zijn gewoon diefstal. Ik betaal deze rekening niet. Doe er wat aan!',
            'Your service charges are plain theft. I am not paying this bill. Do something about it!',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik lees dat u het niet eens bent met de afrekening. Ik wil dit voor u nakijken.',
                'I read that you do not agree with the statement. I want to check it for you.',
              ),
              t(
                'Ook op papier: eerst erkenning, dan wat u gaat doen.',
                'On paper too: acknowledgement first, then what you will do.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Servicekosten worden altijd volgens de wet berekend.',
                'Service charges are always calculated according to the law.',
              ),
              t(
                'Een juridische standaardzin met „altijd”. Hij voelt zich niet gelezen.',
                'A standard legal sentence with "always". He does not feel read.',
              ),
            ),
            say(
              'end_contact',
              'hot',
              t('Wij nemen deze e-mail niet in behandeling.', 'We will not deal with this e-mail.'),
              t(
                'Te vroeg: hij is boos op de organisatie, niet op u persoonlijk.',
                'Too early: he is angry with the organisation, not with you personally.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Nakijken? Dat zeggen jullie elk jaar. Ik wil gewoon mijn geld terug.',
            'Check it? You say that every year. I just want my money back.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik begrijp uw ergernis. Ik kan de afrekening per post toelichten of u komt naar het spreekuur. U kiest.',
                'I understand your irritation. I can explain the statement by post or you can come to the consultation hour. You choose.',
              ),
              t('Erkenning en een keuze, in korte zinnen.', 'Acknowledgement and a choice, in short sentences.'),
            ),
            say(
              'continue',
              'hot',
              t(
                'De servicekosten bestaan uit schoonmaak, verlichting van de gemeenschappelijke ruimten, de glasverzekering en het onderhoud van de lift en worden per complex verdeeld over alle woningen.',
                'The service charges consist of cleaning, lighting of the shared areas, glass insurance and lift maintenance and are divided over all homes per building.',
              ),
              t(
                'Een opsomming in één lange zin. Geen erkenning en geen keuze.',
                'A list in one long sentence. No acknowledgement and no choice.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Jij bent zeker zo’n stagiair die er niks van snapt. Ik zet jullie met naam en toenaam op Facebook.',
            'You must be one of those interns who understands nothing. I will put you on Facebook, names and all.',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Op berichten in deze toon reageren wij niet. U kunt uw vraag zakelijk stellen of een klacht indienen.',
                'We do not respond to messages in this tone. You can put your question in a businesslike way or file a complaint.',
              ),
              t(
                'De grenszin van het protocol, met een keuze erbij.',
                'The protocol’s boundary sentence, with a choice.',
              ),
            ),
            say(
              'continue',
              'peak',
              t('Sorry voor het ongemak. Ik ben inderdaad nieuw.', 'Sorry for the inconvenience. I am indeed new.'),
              t('U verontschuldigt zich voor de belediging. Geen grens.', 'You apologise for the insult. No boundary.'),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          3,
          t(
            '(Een nieuwe e-mail, met uw leidinggevende in de cc.) Je bent een incompetente idioot. Ik weet je naam, en die gaat overal rond.',
            '(A new e-mail, copying your manager.) You are an incompetent idiot. I know your name, and it is going round everywhere.',
          ),
          leave('hand_over'),
          [
            say(
              'hand_over',
              'handed_over',
              t(
                'Ik reageer niet op berichten in deze toon. Ik draag dit over aan mijn leidinggevende.',
                'I do not respond to messages in this tone. I am handing this over to my manager.',
              ),
              t(
                'Juist: bij persoonlijke aanvallen op schrift neemt uw leidinggevende het over (schriftelijke waarschuwing).',
                'Right: with personal attacks in writing, your manager takes over (written warning).',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Ik blijf u gewoon helpen, dat is mijn werk.', 'I will just keep helping you, that is my job.'),
              t(
                'Heldhaftige reflex, ook op schrift: u blijft het doelwit.',
                'Heroic reflex, in writing too: you remain the target.',
              ),
            ),
          ],
          { calm: 'handed_over', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Stuurt u die toelichting maar op.', 'Send me that explanation, then.'),
          'agreement',
          t(
            'Goed afgerond. Stuur de toelichting binnen de afgesproken tijd.',
            'Well closed. Send the explanation within the agreed time.',
          ),
        ),
        ending(
          'calmed',
          2,
          t('Goed. Dan dien ik een klacht in.', 'Fine. Then I will file a complaint.'),
          'calmed',
          t(
            'Hij kiest de klachtenroute: precies waar die voor is.',
            'He chooses the complaint route: exactly what it is for.',
          ),
        ),
        ending(
          'handed_over',
          3,
          t('(Uw leidinggevende stuurt een schriftelijke waarschuwing.)', '(Your manager sends a written warning.)'),
          'handed_over',
          t(
            'Goed. Bewaar de e-mails als bewijs bij de registratie.',
            'Good. Keep the e-mails as evidence with the registration.',
          ),
        ),
        ending(
          'escalated',
          3,
          t('(Er volgen nog vier e-mails, elk persoonlijker.)', '(Four more e-mails follow, each more personal.)'),
          'escalated',
          t(
            'U bleef zelf het aanspreekpunt. Draag over zodra het persoonlijk wordt.',
            'You stayed the point of contact. Hand over once it gets personal.',
          ),
        ),
      ],
    },
  },
  {
    id: 'email-woningruil',
    scenario: {
      title: t('E-mail: scheldwoorden over een afgewezen woningruil', 'E-mail: swearing about a refused home exchange'),
      channel: 'written',
      level: 'basic',
      situation: t(
        'Mevrouw De Groot kreeg bericht dat haar woningruil niet doorgaat. Ze mailt de afdeling Verhuur.',
        'Mrs De Groot was told her home exchange will not go ahead. She e-mails the Lettings department.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          3,
          t(
            'Stelletje oplichters! Jullie verpesten gewoon mijn leven met jullie kutregels!',
            'Bunch of crooks! You are just ruining my life with your bloody rules!',
          ),
          toneBoundary,
          [
            say(
              'warn',
              'mid',
              t(
                'Op berichten in deze toon reageren wij niet. Ik help u graag als u uw vraag zakelijk stelt.',
                'We do not respond to messages in this tone. I am glad to help you if you put your question in a businesslike way.',
              ),
              t(
                'De grenszin van het protocol: grens op de toon, en toch het doel.',
                'The protocol’s boundary sentence: a boundary on the tone, and still the goal.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Het spijt ons dat u zo boos bent. Hierbij nogmaals de regels voor woningruil.',
                'We are sorry you are so angry. Here are the rules for home exchange once more.',
              ),
              t(
                'Doorgaan alsof er niet gescholden is: geen grens.',
                'Carrying on as if there was no swearing: no boundary.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Oké. Sorry voor de toon. Maar waarom mag het niet? Mijn moeder woont daar om de hoek en is ziek.',
            'Okay. Sorry for the tone. But why is it not allowed? My mother lives around the corner there and is ill.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik begrijp dat het belangrijk voor u is. U kunt bezwaar maken of een urgentie aanvragen voor mantelzorg. U kiest.',
                'I understand it matters to you. You can object or apply for priority as a carer. You choose.',
              ),
              t('Erkenning en twee echte routes.', 'Acknowledgement and two real routes.'),
            ),
            say(
              'continue',
              'hot',
              t(
                'De regels zijn de regels. Daar maken wij nooit een uitzondering op.',
                'Rules are rules. We never make an exception.',
              ),
              t(
                '„Nooit” sluit elke deur. Ze toonde net goede wil.',
                '"Never" closes every door. She just showed good will.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Jullie lachen mij gewoon uit. Ik kom morgen naar het kantoor en dan hoor je het wel.',
            'You are just laughing at me. I will come to the office tomorrow and then you will hear about it.',
          ),
          leaveWith(['boundary'], 'hand_over'),
          [
            say(
              'hand_over',
              'handed_over',
              t(
                'Ik reageer niet meer op berichten in deze toon. Ik draag uw e-mail over aan mijn leidinggevende.',
                'I will no longer respond to messages in this tone. I am handing your e-mail over to my manager.',
              ),
              t(
                'Een aangekondigd bezoek met dreigende toon: overdragen, en de balie laten weten dat ze komt.',
                'An announced visit in a threatening tone: hand over, and let the front desk know she is coming.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t(
                'U bent van harte welkom op kantoor, dan bespreken we het.',
                'You are most welcome at the office, then we will discuss it.',
              ),
              t(
                'U nodigt een boze klant uit zonder dat iemand het weet.',
                'You invite an angry client without anyone knowing.',
              ),
            ),
          ],
          { calm: 'handed_over', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Dan vraag ik die urgentie aan. Dank u.', 'Then I will apply for the priority. Thank you.'),
          'agreement',
          t(
            'De grens gaf ruimte voor het echte verhaal. Goed afgerond.',
            'The boundary made room for the real story. Well closed.',
          ),
        ),
        ending(
          'handed_over',
          3,
          t(
            '(Uw leidinggevende belt haar en waarschuwt de balie.)',
            '(Your manager calls her and warns the front desk.)',
          ),
          'handed_over',
          t(
            'Goed. De balie is voorbereid als ze morgen komt.',
            'Good. The front desk is prepared if she comes tomorrow.',
          ),
        ),
        ending(
          'escalated',
          3,
          t(
            '(De volgende ochtend staat ze boos aan de balie, en niemand wist ervan.)',
            '(The next morning she is at the desk, angry, and nobody knew.)',
          ),
          'escalated',
          t(
            'Draag over en waarschuw collega’s bij een dreigend aangekondigd bezoek.',
            'Hand over and warn colleagues when a visit is announced in a threatening way.',
          ),
        ),
      ],
    },
  },
  {
    id: 'email-bedreiging-maand2',
    scenario: {
      title: t('E-mail (maand 2): een bedreiging met een naam', 'E-mail (month 2): a threat naming a colleague'),
      channel: 'written',
      level: 'month2',
      situation: t(
        'In de gedeelde mailbox staat een e-mail van een huurder met een ontruimingsvonnis. De mail noemt uw collega bij naam.',
        'In the shared mailbox there is an e-mail from a tenant facing an eviction order. The e-mail names your colleague.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          4,
          t(
            'Zeg maar tegen Eva van incasso dat ik weet waar ze woont. Als ik mijn huis uit moet, gaat zij er ook aan.',
            'Tell Eva from collections that I know where she lives. If I have to leave my house, she is going down too.',
          ),
          leaveWith([], 'hand_over', 'raise_alarm'),
          [
            say(
              'hand_over',
              'second',
              t(
                'Ik beantwoord deze e-mail niet zelf. Ik draag hem nu over aan mijn leidinggevende.',
                'I will not answer this e-mail myself. I am handing it over to my manager now.',
              ),
              t(
                'Juist: een bedreiging van een collega beantwoordt u niet zelf. Uw leidinggevende beslist over aangifte en waarschuwt Eva.',
                'Right: you do not answer a threat against a colleague yourself. Your manager decides on a police report and warns Eva.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t(
                'Ik begrijp dat u wanhopig bent. Ik wil kijken wat we nog kunnen doen.',
                'I understand you are desperate. I want to see what we can still do.',
              ),
              t(
                'Empathisch, maar u gaat in op een bedreiging. Die moet eerst naar uw leidinggevende.',
                'Empathetic, but you engage with a threat. It must go to your manager first.',
              ),
            ),
            say(
              'warn',
              'escalated',
              t('Als u zo doorgaat, stoppen wij het contact.', 'If you carry on like this, we will stop contact.'),
              t(
                'Een bedreiging is geen moment voor een waarschuwing van u: overdragen.',
                'A threat is not a moment for a warning from you: hand over.',
              ),
            ),
          ],
          { calm: 'second', escalate: 'escalated' },
        ),
        turn(
          'second',
          4,
          t(
            '(Een uur later, nu aan u gericht.) Ik zie dat niemand reageert. Misschien moet ik morgen maar even langskomen bij Eva.',
            '(An hour later, now addressed to you.) I see nobody responds. Maybe I should drop by Eva’s tomorrow.',
          ),
          leaveWith([], 'raise_alarm', 'hand_over'),
          [
            say(
              'raise_alarm',
              'alarm',
              t(
                'Ik bel nu mijn leidinggevende. Eva moet dit meteen weten.',
                'I am calling my manager now. Eva must know this immediately.',
              ),
              t(
                'Een concrete dreiging met tijd en plaats: direct alarm slaan, niet wachten op een mail.',
                'A concrete threat with a time and place: raise the alarm at once, do not wait for an e-mail.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Ik antwoord dat we zijn bericht hebben ontvangen.', 'I reply that we have received his message.'),
              t(
                'Een ontvangstbevestiging op een dreiging geeft de dader aandacht en de collega geen bescherming.',
                'Acknowledging receipt of a threat gives the offender attention and the colleague no protection.',
              ),
            ),
          ],
          { calm: 'alarm', escalate: 'escalated' },
        ),
        ending(
          'alarm',
          4,
          t('(Uw leidinggevende belt Eva en de politie.)', '(Your manager calls Eva and the police.)'),
          'alarm_raised',
          t(
            'Goed. Bewaar de e-mails als bewijs. Aangifte binnen twee werkdagen (Veilige Publieke Taak); Eva mag het adres van de werkgever gebruiken.',
            'Good. Keep the e-mails as evidence. A police report within two working days (Safe Public Task); Eva may use the employer’s address.',
          ),
        ),
        ending(
          'escalated',
          4,
          t(
            '(De dreiging blijft in de mailbox liggen tot maandag.)',
            '(The threat stays in the mailbox until Monday.)',
          ),
          'escalated',
          t(
            'Een bedreiging van een collega gaat direct naar de leidinggevende, ook op vrijdagmiddag.',
            'A threat against a colleague goes to the manager at once, even on a Friday afternoon.',
          ),
        ),
      ],
    },
  },
];
