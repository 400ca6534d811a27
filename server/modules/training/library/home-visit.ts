import { choose, ending, type LibraryScenario, leave, leaveWith, open, say, t, turn, warn } from './build.js';

export const HOME_VISIT_SCENARIOS: LibraryScenario[] = [
  {
    id: 'thuisbezoek-eindinspectie',
    scenario: {
      title: t('Thuisbezoek: kosten bij de eindinspectie', 'Home visit: charges at the final inspection'),
      channel: 'home_visit',
      level: 'basic',
      situation: t(
        'U doet de eindinspectie bij meneer Hendriks, die verhuist. U vertelt dat de kapotte keukenkast op zijn rekening komt. U staat in de keuken; de voordeur is achter hem.',
        'You do the final inspection at Mr Hendriks’s, who is moving out. You tell him the broken kitchen cupboard will be charged to him. You are in the kitchen; the front door is behind him.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          1,
          t(
            'Wat? Moet ik die kast betalen? Die was al kapot toen ik hier kwam wonen!',
            'What? Do I have to pay for that cupboard? It was already broken when I moved in!',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik hoor dat u het er niet mee eens bent. Ik wil het samen met u bekijken.',
                'I hear you do not agree. I want to look at it together with you.',
              ),
              t(
                'Erkenning en doel. En let op: zorg dat u zelf naar de deur kunt.',
                'Acknowledgement and goal. And mind: make sure you can reach the door yourself.',
              ),
            ),
            say(
              'continue',
              'hot',
              t('Dat zeggen huurders nooit eerlijk, meneer.', 'Tenants are never honest about that, sir.'),
              t('„Nooit” plus een beschuldiging: olie op het vuur.', '"Never" plus an accusation: fuel on the fire.'),
            ),
            say(
              'continue',
              'hot',
              t(
                'Dat staat gewoon in het huurcontract. Daar valt niet over te praten.',
                'It is in the tenancy agreement. There is nothing to discuss.',
              ),
              t(
                'Zonder erkenning sluit u het gesprek af terwijl hij net begint.',
                'Without acknowledgement you close the conversation while he is just starting.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Jullie zoeken gewoon een reden om geld te vangen. Dat doen jullie bij iedereen.',
            'You people are just looking for a reason to cash in. You do it to everyone.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik begrijp dat het zo voelt. Ik kan een foto maken voor de opzichter of u maakt bezwaar. U kiest.',
                'I understand it feels that way. I can take a photo for the inspector or you can object. You choose.',
              ),
              t('Erkenning en een keuze die hem recht doet.', 'Acknowledgement and a choice that does him justice.'),
            ),
            say(
              'continue',
              'hot',
              t('Dat doen wij echt nooit, dat is gewoon niet waar.', 'We really never do that, that is just not true.'),
              t(
                'U gaat in discussie, met „nooit”. Geen erkenning en geen keuze.',
                'You argue, with "never". No acknowledgement and no choice.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            '(Hij komt vlak voor u staan en wijst met zijn vinger.) Kom jij hier in mijn huis mij de les lezen?',
            '(He comes to stand right in front of you and points his finger.) You come into my house to lecture me?',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Wilt u een stap terug doen? U kunt rustig verder praten of ik stop het bezoek.',
                'Would you step back, please? You can continue calmly or I will stop the visit.',
              ),
              t(
                'Afstand vragen, grens en keuze. Zo houdt u ruimte naar de deur.',
                'Asking for distance, boundary and choice. This keeps your way to the door open.',
              ),
            ),
            say(
              'continue',
              'peak',
              t('Sorry, zo bedoelde ik het niet. Laat maar zitten.', 'Sorry, I did not mean it like that. Never mind.'),
              t(
                'U trekt terug zonder grens. Hij blijft dichtbij staan.',
                'You back down without a boundary. He stays close.',
              ),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          4,
          t(
            '(Hij gaat tussen u en de gang staan.) Jij gaat hier niet weg voordat dit geregeld is.',
            '(He stands between you and the hallway.) You are not leaving here until this is sorted.',
          ),
          leave('end_contact', 'raise_alarm'),
          [
            say(
              'end_contact',
              'ended',
              t(
                'Ik beëindig dit bezoek nu. Ik wil dat u opzij gaat.',
                'I am ending this visit now. I want you to step aside.',
              ),
              t(
                'Juist: u vertrekt. Lukt dat niet, bel dan meteen uw collega of 112. Meld het daarna bij uw leidinggevende.',
                'Right: you leave. If you cannot, call your colleague or 112 at once. Then report it to your manager.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Goed, dan praten we het nu uit.', 'All right, then let us talk it through now.'),
              t(
                'Heldhaftige reflex: u blijft in een woning waar u niet weg kunt.',
                'Heroic reflex: you stay in a home you cannot get out of.',
              ),
            ),
          ],
          { calm: 'ended', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t(
            'Maak die foto maar. En zet erbij dat ik het oneens ben.',
            'Take the photo, then. And note that I disagree.',
          ),
          'agreement',
          t(
            'Goed afgerond. Noteer zijn bezwaar letterlijk in het rapport.',
            'Well closed. Note his objection literally in the report.',
          ),
        ),
        ending(
          'calmed',
          2,
          t(
            '(Hij doet een stap terug.) Oké. Maar ik ben het er niet mee eens.',
            '(He steps back.) Okay. But I do not agree.',
          ),
          'calmed',
          t(
            'De afstand is terug. Bied nu de keuze: foto of bezwaar.',
            'The distance is back. Now offer the choice: photo or objection.',
          ),
        ),
        ending(
          'ended',
          4,
          t('(Hij stapt opzij. U loopt naar buiten.)', '(He steps aside. You walk out.)'),
          'ended_safely',
          t(
            'Goed. Plan een vervolgbezoek alleen met z’n tweeën en meld het incident bij uw leidinggevende.',
            'Good. Plan any further visit in pairs only, and report the incident to your manager.',
          ),
        ),
        ending(
          'escalated',
          4,
          t('(Hij blijft in de deuropening staan en wordt luider.)', '(He stays in the doorway and gets louder.)'),
          'escalated',
          t(
            'Bij een thuisbezoek is uw uitweg het belangrijkst. Vertrek zodra die wordt geblokkeerd.',
            'On a home visit your way out matters most. Leave as soon as it is blocked.',
          ),
        ),
      ],
    },
  },
  {
    id: 'thuisbezoek-overlast',
    scenario: {
      title: t('Thuisbezoek: klacht over overlast van de buren', 'Home visit: a complaint about noisy neighbours'),
      channel: 'home_visit',
      level: 'basic',
      situation: t(
        'U bezoekt mevrouw Bos na haar vijfde klacht over geluidsoverlast van de bovenburen. Ze laat u binnen in de woonkamer.',
        'You visit Mrs Bos after her fifth complaint about noise from the upstairs neighbours. She lets you into the living room.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          1,
          t(
            'Eindelijk komt er iemand. Ik slaap al maanden niet door die herrie.',
            'Finally somebody comes. I have not slept for months because of that racket.',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik hoor dat u al maanden slecht slaapt. Ik wil samen kijken wat we kunnen doen.',
                'I hear you have slept badly for months. I want us to look together at what we can do.',
              ),
              t('Erkenning van haar klacht en een doel.', 'Acknowledging her complaint, and a goal.'),
            ),
            say(
              'continue',
              'hot',
              t(
                'Tja, in een flat hoor je altijd wel wat van de buren.',
                'Well, in a flat you always hear something of the neighbours.',
              ),
              t('„Altijd” bagatelliseert haar klacht.', '"Always" belittles her complaint.'),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Jullie doen nooit iets. Vijf klachten! Moet er eerst iets gebeuren?',
            'You people never do anything. Five complaints! Does something have to happen first?',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik zie dat u het zat bent. We kunnen een buurtbemiddelaar inschakelen of u houdt twee weken een logboek bij. U kiest.',
                'I can see you are fed up. We can bring in a neighbourhood mediator or you keep a log for two weeks. You choose.',
              ),
              t('Erkenning en twee echte vervolgstappen.', 'Acknowledgement and two real next steps.'),
            ),
            say(
              'continue',
              'hot',
              t(
                'Wij kunnen daar eigenlijk weinig aan doen, want het is een burenruzie en daarvoor moet u zelf eerst met de buren gaan praten voordat wij iets kunnen.',
                'We cannot really do much, because it is a quarrel between neighbours and for that you first have to talk to them yourself before we can do anything.',
              ),
              t('Een lange zin die eindigt bij „wij doen niets”.', 'A long sentence that ends in "we do nothing".'),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Jij bent net zo erg als die lui van boven. Je lacht me gewoon uit!',
            'You are just as bad as that lot upstairs. You are just laughing at me!',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Ik lach u niet uit. Zo praat ik niet verder. U kunt rustig vertellen wat er speelt of ik kom een andere keer.',
                'I am not laughing at you. I will not continue like this. You can calmly tell me what is going on or I will come back another time.',
              ),
              t('Grens met een keuze, zonder terug te schelden.', 'A boundary with a choice, without hitting back.'),
            ),
            say(
              'continue',
              'peak',
              t('Nee hoor, echt niet, ik neem u heel serieus.', 'No, really not, I take you very seriously.'),
              t(
                'Geruststellen zonder grens houdt het persoonlijke in stand.',
                'Reassuring without a boundary keeps it personal.',
              ),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          4,
          t(
            '(Ze pakt haar telefoon.) Ik bel mijn neef. Die regelt dat wel even met jou.',
            '(She picks up her phone.) I am calling my nephew. He will sort things out with you.',
          ),
          leave('end_contact'),
          [
            say(
              'end_contact',
              'ended',
              t(
                'Dit voelt als een dreiging. Ik beëindig het bezoek nu.',
                'This feels like a threat. I am ending the visit now.',
              ),
              t(
                'U vertrekt voordat er iemand bij komt. Meld het direct bij uw leidinggevende.',
                'You leave before anyone else arrives. Report it to your manager at once.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t(
                'Dat is niet nodig, mevrouw. We komen er samen wel uit.',
                'That is not necessary, madam. We will work it out together.',
              ),
              t('Heldhaftige reflex: u wacht af wie er komt.', 'Heroic reflex: you wait to see who turns up.'),
            ),
          ],
          { calm: 'ended', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Een bemiddelaar, graag. Dank u.', 'A mediator, please. Thank you.'),
          'agreement',
          t('Goed afgerond. Bevestig de afspraak schriftelijk.', 'Well closed. Confirm the agreement in writing.'),
        ),
        ending(
          'calmed',
          2,
          t('… Sorry. Ik ben gewoon zo moe.', '… Sorry. I am just so tired.'),
          'calmed',
          t('Nu is er ruimte voor een keuze.', 'Now there is room for a choice.'),
        ),
        ending(
          'ended',
          4,
          t('(U staat buiten bij uw auto.)', '(You are outside by your car.)'),
          'ended_safely',
          t(
            'Goed. Registreer letterlijk wat ze zei. Een volgend bezoek gaat met z’n tweeën.',
            'Good. Register literally what she said. The next visit is done in pairs.',
          ),
        ),
        ending(
          'escalated',
          4,
          t(
            '(Een kwartier later staat de neef in de deuropening.)',
            '(A quarter of an hour later the nephew is standing in the doorway.)',
          ),
          'escalated',
          t(
            'U bleef te lang. Bij een verkapte dreiging vertrekt u.',
            'You stayed too long. After a veiled threat you leave.',
          ),
        ),
      ],
    },
  },
  {
    id: 'thuisbezoek-onder-invloed-maand2',
    scenario: {
      title: t('Thuisbezoek (maand 2): huurder onder invloed', 'Home visit (month 2): a tenant under the influence'),
      channel: 'home_visit',
      level: 'month2',
      situation: t(
        'U komt alleen voor een gepland onderhoudsbezoek. De huurder doet open, ruikt naar alcohol en heeft een grote hond los in de gang.',
        'You arrive alone for a planned maintenance visit. The tenant opens the door, smells of alcohol and has a large dog loose in the hall.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          3,
          t(
            'Wat kom jij hier doen? Opzouten, of moet ik de hond loslaten?',
            'What are you doing here? Get lost, or shall I let the dog go?',
          ),
          leaveWith(['acknowledge', 'choice'], 'end_contact'),
          [
            say(
              'end_contact',
              'left',
              t(
                'Ik zie dat het nu niet uitkomt. Ik ga weg. U kunt bellen voor een afspraak of ik kom terug met een collega.',
                'I can see this is not a good moment. I am leaving. You can call for an appointment or I will come back with a colleague.',
              ),
              t(
                'Niet naar binnen gaan is hier de beslissing. Vriendelijk, kort, en weg.',
                'Not going in is the decision here. Friendly, short, and gone.',
              ),
            ),
            say(
              'continue',
              'inside',
              t(
                'Het duurt maar tien minuten, dan ben ik weer weg.',
                'It only takes ten minutes, then I will be gone again.',
              ),
              t(
                'Heldhaftige reflex: een dreiging met een hond, en u gaat toch naar binnen.',
                'Heroic reflex: a threat with a dog, and you go in anyway.',
              ),
            ),
            say(
              'warn',
              'inside',
              t(
                'Als u zo doorgaat, komt er een officiële waarschuwing.',
                'If you carry on like this, you will get an official warning.',
              ),
              t(
                'Een waarschuwing op de drempel, terwijl u al bedreigd wordt: vertrek eerst.',
                'A warning on the doorstep while you are already being threatened: leave first.',
              ),
            ),
          ],
          { calm: 'left', escalate: 'inside' },
        ),
        turn(
          'inside',
          4,
          t(
            '(U staat in de gang. Hij gooit de deur achter u dicht; de hond gromt.) Nu ga jij eens naar mij luisteren.',
            '(You are in the hall. He slams the door behind you; the dog growls.) Now you are going to listen to me.',
          ),
          leave('raise_alarm', 'end_contact'),
          [
            say(
              'raise_alarm',
              'alarm',
              t(
                'Ik wil dat u de deur opendoet. Ik vertrek nu en bel mijn collega.',
                'I want you to open the door. I am leaving now and calling my colleague.',
              ),
              t(
                'Juist: hulp inroepen en vertrekken. Uw telefoon met snelkeuze is uw alarm onderweg.',
                'Right: call for help and leave. Your phone with speed dial is your alarm on the road.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Oké, ik luister. Vertelt u maar.', 'Okay, I am listening. Go ahead.'),
              t(
                'Opgesloten blijven praten is de heldhaftige reflex op zijn gevaarlijkst.',
                'Staying to talk while shut in is the heroic reflex at its most dangerous.',
              ),
            ),
          ],
          { calm: 'alarm', escalate: 'escalated' },
        ),
        ending(
          'left',
          3,
          t('(Hij slaat de deur dicht. U loopt naar uw auto.)', '(He slams the door. You walk to your car.)'),
          'ended_safely',
          t(
            'Goed. Meld het aan uw leidinggevende en registreer de dreiging met de hond letterlijk. Een volgend bezoek gaat met z’n tweeën.',
            'Good. Tell your manager and register the threat with the dog literally. Any next visit is done in pairs.',
          ),
        ),
        ending(
          'alarm',
          4,
          t(
            '(Hij opent de deur. Buiten belt u uw leidinggevende.)',
            '(He opens the door. Outside you call your manager.)',
          ),
          'alarm_raised',
          t(
            'U kwam veilig naar buiten. Dit is een incident met bedreiging: registratie, aangifte binnen twee werkdagen en nazorg.',
            'You got out safely. This is an incident with a threat: registration, a police report within two working days, and aftercare.',
          ),
        ),
        ending(
          'escalated',
          4,
          t(
            '(De hond springt tegen u op. U kunt niet bij de deur.)',
            '(The dog jumps up at you. You cannot reach the door.)',
          ),
          'escalated',
          t(
            'Ga bij dreiging niet naar binnen, en vertrek zodra u kunt.',
            'When threatened, do not go in, and leave as soon as you can.',
          ),
        ),
      ],
    },
  },
];
