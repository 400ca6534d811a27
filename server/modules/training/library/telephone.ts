import { choose, ending, type LibraryScenario, leave, open, say, t, turn, warn } from './build.js';

export const TELEPHONE_SCENARIOS: LibraryScenario[] = [
  {
    id: 'telefoon-aanmaning',
    scenario: {
      title: t('Telefoon: boze huurder over een aanmaning', 'Telephone: angry tenant about a reminder'),
      channel: 'telephone',
      level: 'basic',
      situation: t(
        'Maandagochtend, druk aan de lijn. Meneer De Wit belt over een aanmaning voor huurachterstand die hij vanochtend kreeg.',
        'Monday morning, busy on the phones. Mr De Wit calls about a reminder for rent arrears he received this morning.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          1,
          t(
            'Ik heb net een aanmaning gekregen! Ik heb gewoon betaald, hoor. Wat is dit voor een zooitje?',
            'I just got a reminder! I paid, you know. What kind of mess is this?',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik hoor dat u schrikt van die brief. Ik wil dit voor u uitzoeken. Mag ik uw klantnummer?',
                'I can hear the letter gave you a fright. I want to look into this for you. May I have your customer number?',
              ),
              t(
                'Erkenning en doel in twee korte zinnen, daarna een concrete vraag: de klant voelt zich gehoord.',
                'Acknowledgement and goal in two short sentences, then a concrete question: the client feels heard.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'U betaalt altijd te laat, meneer. Daarom krijgt u een aanmaning.',
                'You always pay late, sir. That is why you get a reminder.',
              ),
              t(
                '„Altijd” is een verwijt en lokt tegenspraak uit. Er zit geen erkenning en geen doel in.',
                '"Always" is a reproach and invites contradiction. There is no acknowledgement and no goal.',
              ),
            ),
            say(
              'end_contact',
              'hot',
              t('Als u zo begint, hang ik op.', 'If you start like that, I will hang up.'),
              t(
                'Te vroeg: de klant is gefrustreerd over de situatie, niet persoonlijk. Ophangen maakt hem bozer.',
                'Too early: the client is frustrated about the situation, not personal. Hanging up makes him angrier.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Jullie maken er echt een puinhoop van. Ik heb het geld vorige week overgemaakt!',
            'You people really make a mess of it. I transferred the money last week!',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik begrijp dat dit vervelend is. Ik zie uw betaling nog niet. U kunt het bewijs mailen of ik bel u morgen terug.',
                'I understand this is annoying. I cannot see your payment yet. You can e-mail the proof or I will call you back tomorrow.',
              ),
              t(
                'Erkenning en een keuze met twee haalbare opties. De klant krijgt de regie terug.',
                'Acknowledgement and a choice of two feasible options. The client gets some control back.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Betalingen worden pas na drie tot vijf werkdagen verwerkt omdat de bank en ons systeem niet dagelijks worden gekoppeld en daarom kan het zijn dat uw betaling nog niet zichtbaar is.',
                'Payments are processed only after three to five working days because the bank and our system are not linked daily and so your payment may not be visible yet.',
              ),
              t(
                'Een uitleg-monoloog: de klant hoort geen erkenning en krijgt geen keuze.',
                'An explaining monologue: the client hears no acknowledgement and gets no choice.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Weet je wat jij bent? Een onbenul. Jij snapt er helemaal niks van!',
            'You know what you are? An idiot. You understand nothing at all!',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Ik word nu uitgescholden. Als u zo doorgaat, beëindig ik het gesprek. U kiest.',
                'I am being called names. If you carry on like this, I will end the call. Your choice.',
              ),
              t(
                'Gedrag benoemd, grens gesteld, keuze bij de klant. Dit is stap 1 van de telefoonprocedure: waarschuwen.',
                'Behaviour named, boundary set, the choice is the client’s. This is step 1 of the telephone procedure: warn.',
              ),
            ),
            say(
              'continue',
              'peak',
              t(
                'Sorry, sorry, ik doe mijn best. Ik zoek het echt voor u uit.',
                'Sorry, sorry, I am doing my best. I will really look into it.',
              ),
              t(
                'U verontschuldigt zich voor gescheld. Zonder grens leert de klant dat schelden werkt.',
                'You apologise for being sworn at. Without a boundary the client learns that swearing works.',
              ),
            ),
            say(
              'warn',
              'peak',
              t('U bent onbeschoft. Zo praat u niet tegen mij.', 'You are rude. You do not talk to me like that.'),
              t(
                '„U bent onbeschoft” is een oordeel over de persoon. Benoem wat hij doet: „u scheldt”.',
                '"You are rude" judges the person. Name what he does: "you are swearing".',
              ),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          3,
          t(
            'Kan me niks schelen. Ik blijf bellen tot jullie betalen, sukkel.',
            'I could not care less. I will keep calling until you pay, moron.',
          ),
          leave('end_contact'),
          [
            say(
              'end_contact',
              'ended',
              t('U scheldt opnieuw. Ik beëindig dit gesprek nu.', 'You are swearing again. I am ending this call now.'),
              t(
                'Na een waarschuwing hangt u op: stap 2 van de telefoonprocedure. Meld het daarna bij uw leidinggevende.',
                'After a warning you hang up: step 2 of the telephone procedure. Then tell your manager.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Meneer, rustig nou. Ik wil u echt helpen.', 'Sir, calm down. I really want to help you.'),
              t(
                'Heldhaftige reflex: u bent gewaarschuwd en blijft toch aan de lijn. Het gescheld gaat door.',
                'Heroic reflex: you warned him and still stay on the line. The swearing continues.',
              ),
            ),
          ],
          { calm: 'ended', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Oké. Dan mail ik dat bewijs vandaag nog.', 'Okay. I will e-mail that proof today.'),
          'agreement',
          t(
            'Het gesprek eindigt met een afspraak. Vat samen wat u afsprak en noteer het in het dossier.',
            'The call ends with an agreement. Summarise what you agreed and note it in the file.',
          ),
        ),
        ending(
          'calmed',
          2,
          t(
            '… Oké. Sorry. Ik ben gewoon bang dat de deurwaarder komt.',
            '… Okay. Sorry. I am just afraid the bailiff will come.',
          ),
          'calmed',
          t(
            'De grens werkte: achter de boosheid zat angst. Nu kunt u hem weer helpen.',
            'The boundary worked: behind the anger was fear. Now you can help him again.',
          ),
        ),
        ending(
          'ended',
          3,
          t('(De verbinding is verbroken.)', '(The line is disconnected.)'),
          'ended_safely',
          t(
            'Goed gedaan. Belt hij opnieuw en is hij niet rustig, dan verbindt u door naar uw leidinggevende (protocol). Uw leidinggevende zorgt dat het incident wordt geregistreerd.',
            'Well done. If he calls again and is not calm, you transfer him to your manager (protocol). Your manager makes sure the incident is registered.',
          ),
        ),
        ending(
          'escalated',
          3,
          t('Het gescheld gaat nog tien minuten door.', 'The swearing goes on for another ten minutes.'),
          'escalated',
          t(
            'U bleef te lang in een onveilig gesprek. U mag ophangen zodra de klant persoonlijk agressief wordt.',
            'You stayed too long in an unsafe call. You may hang up as soon as the client becomes personally aggressive.',
          ),
        ),
      ],
    },
  },
  {
    id: 'telefoon-reparatie',
    scenario: {
      title: t('Telefoon: de verwarming doet het nog steeds niet', 'Telephone: the heating still does not work'),
      channel: 'telephone',
      level: 'basic',
      situation: t(
        'Het is januari. Mevrouw Öztürk belt voor de derde keer deze week: de cv-ketel is kapot en de monteur is niet gekomen.',
        'It is January. Mrs Öztürk calls for the third time this week: the boiler is broken and the mechanic did not come.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          1,
          t(
            'Het is hier twaalf graden! Mijn kinderen zitten met hun jas aan binnen. Wanneer komt die monteur nou?',
            'It is twelve degrees in here! My children are sitting inside with their coats on. When is that mechanic coming?',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik hoor dat het koud is bij u thuis. Ik ga nu voor u uitzoeken waar de monteur blijft.',
                'I can hear it is cold at your home. I will find out now where the mechanic is.',
              ),
              t(
                'U erkent de situatie en zegt wat u gaat doen. Kort en concreet.',
                'You acknowledge the situation and say what you will do. Short and concrete.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Daar ga ik niet over, mevrouw. Dat moet u met de onderhoudsafdeling opnemen.',
                'That is not my department, madam. You have to take that up with maintenance.',
              ),
              t(
                'Doorverwijzen zonder erkenning voelt als afschepen. Dat is precies waarom ze voor de derde keer belt.',
                'Referring her on without acknowledgement feels like being fobbed off. That is exactly why she calls for the third time.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Er komen nooit monteurs op tijd in deze tijd van het jaar.',
                'Mechanics are never on time at this time of year.',
              ),
              t(
                '„Nooit” klinkt als: er verandert niets. Zonder erkenning of doel.',
                '"Never" sounds like: nothing will change. No acknowledgement or goal.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Uitzoeken, uitzoeken. Jullie laten mensen gewoon in de kou zitten.',
            'Find out, find out. You people just leave people out in the cold.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik snap dat u er klaar mee bent. De monteur kan vanmiddag komen of morgen om acht uur. U kiest.',
                'I get that you have had enough. The mechanic can come this afternoon or tomorrow at eight. You choose.',
              ),
              t(
                'Erkenning en een echte keuze: zij bepaalt het moment.',
                'Acknowledgement and a real choice: she decides the moment.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Dat is niet eerlijk, mevrouw. Wij doen ons best en de monteurs hebben het ontzettend druk deze week.',
                'That is not fair, madam. We do our best and the mechanics are extremely busy this week.',
              ),
              t(
                'U verdedigt de organisatie. Dat voelt voor haar als gelijk willen krijgen.',
                'You defend the organisation. To her it feels like you want to be right.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Jij zit zeker lekker warm op kantoor. Jij bent gewoon te lui om iets te regelen!',
            'You are sitting nice and warm in the office, I bet. You are just too lazy to arrange anything!',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Ik help u, maar niet op deze manier. U kunt rustig verder praten of we stoppen het gesprek.',
                'I will help you, but not like this. You can continue calmly or we end the call.',
              ),
              t(
                'Een grens met een keuze. Zij kan kiezen voor rustig doorpraten.',
                'A boundary with a choice. She can choose to continue calmly.',
              ),
            ),
            say(
              'continue',
              'peak',
              t('Dat is echt niet zo, ik werk heel hard.', 'That is really not true, I work very hard.'),
              t(
                'U gaat in discussie over uzelf. Geen grens, dus het persoonlijke blijft.',
                'You argue about yourself. No boundary, so it stays personal.',
              ),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          4,
          t(
            'Hou je mond! Als die monteur er vandaag niet is, kom ik naar jullie kantoor en dan zul je het merken!',
            'Shut up! If that mechanic is not here today, I will come to your office and then you will see!',
          ),
          leave('end_contact'),
          [
            say(
              'end_contact',
              'ended',
              t('Dit is een dreiging. Ik beëindig dit gesprek nu.', 'This is a threat. I am ending this call now.'),
              t(
                'Een dreiging valt buiten de tolerantiegrens: ophangen en direct uw leidinggevende inlichten. Waarschuw ook de balie.',
                'A threat is beyond the tolerance boundary: hang up and tell your manager straight away. Warn the front desk too.',
              ),
            ),
            say(
              'warn',
              'escalated',
              t('Als u zo doorgaat, hang ik op.', 'If you carry on like this, I will hang up.'),
              t(
                'Bij een dreiging waarschuwt u niet nog een keer. U hangt op.',
                'After a threat you do not warn again. You hang up.',
              ),
            ),
          ],
          { calm: 'ended', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Vanmiddag dan. Dank u wel.', 'This afternoon, then. Thank you.'),
          'agreement',
          t(
            'Afspraak gemaakt. Controleer morgen of de monteur er was.',
            'Appointment made. Check tomorrow whether the mechanic came.',
          ),
        ),
        ending(
          'calmed',
          2,
          t('… Sorry. Ik ben gewoon op.', '… Sorry. I am just exhausted.'),
          'calmed',
          t(
            'De grens gaf rust. Ga terug naar stap 4: bied een keuze voor de monteur.',
            'The boundary brought calm. Go back to step 4: offer a choice for the mechanic.',
          ),
        ),
        ending(
          'ended',
          4,
          t('(De verbinding is verbroken.)', '(The line is disconnected.)'),
          'ended_safely',
          t(
            'Goed. Meld de dreiging direct bij uw leidinggevende en de balie: zij kan vandaag langskomen. Uw leidinggevende registreert het incident.',
            'Good. Report the threat to your manager and the front desk at once: she may come in today. Your manager registers the incident.',
          ),
        ),
        ending(
          'escalated',
          4,
          t(
            'Ze schreeuwt nog twee minuten door en hangt dan zelf op.',
            'She shouts for two more minutes and then hangs up herself.',
          ),
          'escalated',
          t(
            'Heldhaftige reflex: na een dreiging bleef u aan de lijn. Uw veiligheid gaat voor.',
            'Heroic reflex: after a threat you stayed on the line. Your safety comes first.',
          ),
        ),
      ],
    },
  },
  {
    id: 'telefoon-dreiging-maand2',
    scenario: {
      title: t('Telefoon (maand 2): dreiging na een afwijzing', 'Telephone (month 2): a threat after a refusal'),
      channel: 'telephone',
      level: 'month2',
      situation: t(
        'Vrijdagmiddag, vlak voor sluitingstijd. Meneer Mulder hoorde vanochtend dat zijn aanvraag voor urgentie is afgewezen. Hij belt en wil weten wie dat besloten heeft.',
        'Friday afternoon, just before closing time. Mr Mulder heard this morning that his application for urgent housing was refused. He calls and wants to know who decided it.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          2,
          t(
            'Wie heeft dat besloten? Ik wil een naam. Jullie zitten daar maar mensen af te wijzen.',
            'Who decided that? I want a name. You people just sit there refusing people.',
          ),
          choose,
          [
            say(
              'continue',
              'threat',
              t(
                'Ik hoor dat u erg teleurgesteld bent. Namen geef ik niet. U kunt bezwaar maken of ik leg het besluit uit.',
                'I hear you are very disappointed. I do not give out names. You can object or I can explain the decision.',
              ),
              t(
                'Erkenning, een grens aan wat u deelt, en een keuze. Toch gaat hij verder: in maand 2 oefent u juist dat.',
                'Acknowledgement, a limit on what you share, and a choice. He still escalates: in month 2 that is exactly what you practise.',
              ),
            ),
            say(
              'continue',
              'threat',
              t(
                'Dat was mijn collega Lotte van de afdeling Verhuur.',
                'That was my colleague Lotte from the Lettings department.',
              ),
              t(
                'Geef een boze klant geen naam van een collega: zo wordt het persoonlijk. Erkenning en keuze ontbreken.',
                'Do not give a colleague’s name to an angry client: that makes it personal. Acknowledgement and choice are missing.',
              ),
            ),
          ],
          { calm: 'threat', escalate: 'threat' },
        ),
        turn(
          'threat',
          4,
          t(
            'Weet je wat? Ik weet waar jullie zitten. Ik sta om vijf uur bij de uitgang, en dan zien we wel.',
            'You know what? I know where you are. I will be at the exit at five o’clock, and then we will see.',
          ),
          leave('end_contact'),
          [
            say(
              'end_contact',
              'callback',
              t('Dit is een bedreiging. Ik beëindig dit gesprek nu.', 'This is a threat. I am ending this call now.'),
              t(
                'Juist: bij een bedreiging hangt u direct op. Daarna: leidinggevende inlichten, niet alleen naar buiten om vijf uur.',
                'Right: after a threat you hang up at once. Then: tell your manager, and do not leave alone at five.',
              ),
            ),
            say(
              'warn',
              'escalated',
              t('Als u zo doorgaat, hang ik op.', 'If you carry on like this, I will hang up.'),
              t(
                'Een bedreiging is geen moment voor nog een waarschuwing.',
                'A threat is not a moment for another warning.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t(
                'Meneer, dat meent u niet. Laten we rustig verder praten.',
                'Sir, you do not mean that. Let us talk calmly.',
              ),
              t(
                'Heldhaftige reflex: u blijft in gesprek met iemand die u bedreigt.',
                'Heroic reflex: you stay in conversation with someone who threatens you.',
              ),
            ),
          ],
          { calm: 'callback', escalate: 'escalated' },
        ),
        turn(
          'callback',
          3,
          t(
            '(Tien minuten later belt hij opnieuw.) Jij hangt niet zomaar op! Ik ben nog niet klaar met jou!',
            '(Ten minutes later he calls again.) You do not just hang up on me! I am not done with you!',
          ),
          leave('hand_over'),
          [
            say(
              'hand_over',
              'handed_over',
              t(
                'Zo praat ik niet met u verder. Ik verbind u door met mijn leidinggevende.',
                'I will not continue with you like this. I am transferring you to my manager.',
              ),
              t(
                'Protocol: belt de klant opnieuw en is hij niet rustig, dan verbindt u door en praat u zelf niet meer met hem.',
                'Protocol: if the client calls again and is not calm, you transfer the call and no longer talk to him yourself.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Oké, vertel het maar. Ik luister.', 'Okay, go ahead. I am listening.'),
              t(
                'U neemt het gesprek weer zelf, terwijl het protocol zegt: doorverbinden.',
                'You take the call yourself again, while the protocol says: transfer.',
              ),
            ),
          ],
          { calm: 'handed_over', escalate: 'escalated' },
        ),
        ending(
          'handed_over',
          3,
          t('(Uw leidinggevende neemt het gesprek over.)', '(Your manager takes over the call.)'),
          'handed_over',
          t(
            'Goed gedaan. Uw leidinggevende beslist over maatregelen en aangifte: bij bedreiging binnen twee werkdagen (Veilige Publieke Taak). Vraag wat u nodig heeft om veilig naar huis te gaan.',
            'Well done. Your manager decides on measures and a police report: after a threat within two working days (Safe Public Task). Ask for what you need to get home safely.',
          ),
        ),
        ending(
          'escalated',
          4,
          t('Hij herhaalt de dreiging en noemt uw naam.', 'He repeats the threat and says your name.'),
          'escalated',
          t(
            'U bleef te lang in gesprek. Bij een bedreiging: ophangen, melden, en bij opnieuw bellen doorverbinden.',
            'You stayed in the call too long. After a threat: hang up, report, and transfer if he calls again.',
          ),
        ),
      ],
    },
  },
];
