import { choose, ending, type LibraryScenario, leave, open, say, t, turn, warn } from './build.js';

export const DESK_SCENARIOS: LibraryScenario[] = [
  {
    id: 'balie-sleutels',
    scenario: {
      title: t('Balie: lang wachten op de sleutels', 'Desk: a long wait for the keys'),
      channel: 'desk',
      level: 'basic',
      situation: t(
        'Een volle wachtruimte op het kantoor. Meneer Kramer krijgt vandaag de sleutels van zijn nieuwe woning en wacht al drie kwartier.',
        'A full waiting room at the office. Mr Kramer gets the keys to his new home today and has been waiting for three quarters of an hour.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          1,
          t(
            'Ik sta hier al drie kwartier! De verhuiswagen staat te wachten. Ik moet nú die sleutels hebben.',
            'I have been standing here for three quarters of an hour! The removal van is waiting. I need those keys now.',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik zie dat u al lang wacht. Ik ga dit nu voor u regelen.',
                'I can see you have been waiting a long time. I will sort this out for you now.',
              ),
              t(
                'Erkenning en doel. U kijkt hem aan en praat rustig.',
                'Acknowledgement and goal. You look at him and speak calmly.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Iedereen moet wachten, meneer. Dat is nu eenmaal zo.',
                'Everybody has to wait, sir. That is just how it is.',
              ),
              t(
                'Geen erkenning en geen doel: de klant hoort alleen „u bent niet bijzonder”.',
                'No acknowledgement and no goal: the client only hears "you are not special".',
              ),
            ),
            say(
              'raise_alarm',
              'hot',
              t('Als u niet rustig wordt, bel ik de beveiliging.', 'If you do not calm down, I will call security.'),
              t(
                'Te vroeg: hij is gefrustreerd over het wachten, niet gevaarlijk. Dreigen met beveiliging maakt het groter.',
                'Too early: he is frustrated about the wait, not dangerous. Threatening with security makes it bigger.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Jullie zijn echt een amateurclub. Eerst een half jaar wachten op een woning en nu dit weer.',
            'You people are a bunch of amateurs. First half a year waiting for a home and now this.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Dat is frustrerend, ik snap het. Ik kan de sleutels nu ophalen of ze om drie uur klaarleggen. U kiest.',
                'That is frustrating, I get it. I can fetch the keys now or have them ready at three. You choose.',
              ),
              t(
                'Erkenning en een keuze: hij bepaalt zelf, de spanning zakt.',
                'Acknowledgement and a choice: he decides, the tension drops.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Nou, u had ook een afspraak kunnen maken via de website want dat staat er duidelijk op en dat weet eigenlijk iedereen die bij ons een woning krijgt.',
                'Well, you could have made an appointment on the website because it says so clearly and really everyone who gets a home from us knows that.',
              ),
              t(
                'Een lange uitleg met een verwijt. Geen erkenning, geen keuze.',
                'A long explanation with a reproach. No acknowledgement, no choice.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            '(Hij leunt over de balie en schreeuwt.) Jij zit daar maar achter je bureautje! Doe je werk eens!',
            '(He leans over the desk and shouts.) You just sit behind your little desk! Do your job!',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'U schreeuwt nu. Ik help u, maar niet op dit volume. U kunt rustig blijven of we stoppen.',
                'You are shouting now. I will help you, but not at this volume. You can stay calm or we stop.',
              ),
              t(
                'Gedrag benoemd, grens, keuze. Blijf zelf zitten en houd afstand.',
                'Behaviour named, boundary, choice. Stay seated and keep your distance.',
              ),
            ),
            say(
              'warn',
              'peak',
              t('U bent brutaal. Ga maar even zitten.', 'You are being cheeky. Go and sit down.'),
              t(
                '„U bent brutaal” is een oordeel over de persoon en geen keuze.',
                '"You are being cheeky" judges the person and is not a choice.',
              ),
            ),
            say(
              'continue',
              'peak',
              t('Sorry, sorry. Ik doe echt mijn best.', 'Sorry, sorry. I am really doing my best.'),
              t('Geen grens: het schreeuwen werkt voor hem.', 'No boundary: the shouting works for him.'),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          4,
          t(
            '(Hij slaat op de balie en loopt naar het klapdeurtje.) Dan kom ik je wel even helpen, ja!',
            '(He slams the desk and walks to the gate in the counter.) Then I will come and help you, shall I!',
          ),
          leave('raise_alarm'),
          [
            say(
              'raise_alarm',
              'alarm',
              t(
                'Stop hiermee. Blijf aan die kant. Ik roep nu hulp.',
                'Stop this. Stay on that side. I am calling for help now.',
              ),
              t(
                'Juist: hij komt op u af. Alarm slaan (intern alarmnummer) en afstand nemen. U hoeft dit niet alleen op te lossen.',
                'Right: he is coming at you. Raise the alarm (internal alarm number) and step back. You do not have to solve this alone.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Rustig maar, ik regel het wel.', 'Easy now, I will sort it out.'),
              t(
                'Heldhaftige reflex: hij komt achter de balie en u blijft alleen.',
                'Heroic reflex: he comes behind the desk and you stay on your own.',
              ),
            ),
          ],
          { calm: 'alarm', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Nu graag. Dank u.', 'Now, please. Thank you.'),
          'agreement',
          t(
            'Opgelost met een keuze. Zeg hem hoe lang het ophalen duurt.',
            'Solved with a choice. Tell him how long fetching the keys takes.',
          ),
        ),
        ending(
          'calmed',
          2,
          t(
            '(Hij gaat een stap terug.) … Oké. Ik ben gewoon gestrest van die verhuizing.',
            '(He steps back.) … Okay. I am just stressed about the move.',
          ),
          'calmed',
          t(
            'De grens werkte. Bied nu alsnog de keuze aan voor de sleutels.',
            'The boundary worked. Now offer the choice for the keys after all.',
          ),
        ),
        ending(
          'alarm',
          4,
          t(
            '(Binnen een minuut staan twee collega’s van het interventieteam naast u. De klant stopt.)',
            '(Within a minute two colleagues of the intervention team stand beside you. The client stops.)',
          ),
          'alarm_raised',
          t(
            'Goed gedaan. Daarna: de klant wordt gevraagd het gebouw te verlaten, uw leidinggevende registreert het incident en vraagt wat u nodig heeft.',
            'Well done. Then: the client is asked to leave the building, your manager registers the incident and asks what you need.',
          ),
        ),
        ending(
          'escalated',
          4,
          t(
            '(Hij staat naast uw stoel en schreeuwt in uw gezicht.)',
            '(He stands next to your chair and shouts in your face.)',
          ),
          'escalated',
          t(
            'U bleef alleen. Bij dreigend fysiek gevaar slaat u direct alarm.',
            'You stayed on your own. When physical danger threatens, raise the alarm at once.',
          ),
        ),
      ],
    },
  },
  {
    id: 'balie-schimmel',
    scenario: {
      title: t('Balie: schimmel in de kinderkamer', 'Desk: mould in the children’s room'),
      channel: 'desk',
      level: 'basic',
      situation: t(
        'Mevrouw El Amrani komt zonder afspraak naar de balie met foto’s van schimmel in de kamer van haar zoontje. Ze heeft er drie keer over gebeld.',
        'Mrs El Amrani comes to the desk without an appointment with photos of mould in her little son’s room. She has called about it three times.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          2,
          t(
            'Mijn kind is ziek van die schimmel en jullie doen niks! Drie keer gebeld!',
            'My child is ill from that mould and you people do nothing! I called three times!',
          ),
          open,
          [
            say(
              'continue',
              'mid',
              t(
                'Ik hoor dat u zich zorgen maakt om uw kind. Ik wil dit vandaag voor u regelen.',
                'I hear you are worried about your child. I want to arrange this for you today.',
              ),
              t(
                'U erkent waar het haar om gaat: haar kind. En u zegt wat u gaat doen.',
                'You acknowledge what matters to her: her child. And you say what you will do.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Schimmel komt vaak door slecht ventileren, mevrouw.',
                'Mould is often caused by poor ventilation, madam.',
              ),
              t(
                'Dit klinkt als: het is uw eigen schuld. Geen erkenning, geen doel.',
                'This sounds like: it is your own fault. No acknowledgement, no goal.',
              ),
            ),
          ],
          { calm: 'mid', escalate: 'hot' },
        ),
        turn(
          'mid',
          2,
          t(
            'Dat zeiden ze vorige maand ook. Ik geloof er niks meer van.',
            'They said that last month too. I do not believe any of it any more.',
          ),
          choose,
          [
            say(
              'continue',
              'agreement',
              t(
                'Ik begrijp dat u het niet meer gelooft. Ik kan nu een opzichter inplannen of hem u vanmiddag laten bellen.',
                'I understand you do not believe it any more. I can book an inspector now or have him call you this afternoon.',
              ),
              t(
                'Erkenning van het wantrouwen en twee concrete opties.',
                'Acknowledging the distrust, and two concrete options.',
              ),
            ),
            say(
              'continue',
              'hot',
              t(
                'Dat is de afdeling onderhoud. Ik kan daar ook niks aan doen.',
                'That is the maintenance department. I cannot do anything about it either.',
              ),
              t(
                'U schuift het door. Zij hoort: weer niemand die het oppakt.',
                'You pass it on. She hears: again nobody who takes it on.',
              ),
            ),
          ],
          { calm: 'agreement', escalate: 'hot' },
        ),
        turn(
          'hot',
          3,
          t(
            'Jij zit hier gewoon je tijd uit. Mensen zoals jij zijn de reden dat alles misgaat!',
            'You are just sitting out your time here. People like you are the reason everything goes wrong!',
          ),
          warn,
          [
            say(
              'warn',
              'calmed',
              t(
                'Nu wordt het persoonlijk. Zo praat ik niet verder. U kunt rustig blijven of we stoppen het gesprek.',
                'Now it is getting personal. I will not continue like this. You can stay calm or we end the conversation.',
              ),
              t(
                'Grens en keuze, zonder terug te vallen in verdediging.',
                'Boundary and choice, without getting defensive.',
              ),
            ),
            say(
              'continue',
              'peak',
              t('U heeft gelijk, het is hier een puinhoop.', 'You are right, it is a mess here.'),
              t(
                'Meegaan in de aanval op uzelf en de organisatie stopt niets.',
                'Going along with the attack on yourself and the organisation stops nothing.',
              ),
            ),
          ],
          { calm: 'calmed', escalate: 'peak' },
        ),
        turn(
          'peak',
          3,
          t(
            '(Ze gaat met haar armen over elkaar voor de balie staan.) Ik ga hier niet weg voordat er een monteur komt. Ik blijf hier gewoon staan.',
            '(She stands in front of the desk with her arms crossed.) I am not leaving until a mechanic comes. I will just stand here.',
          ),
          leave('hand_over'),
          [
            say(
              'hand_over',
              'handed_over',
              t(
                'Ik stop dit gesprek. Mijn leidinggevende komt nu bij u.',
                'I am stopping this conversation. My manager is coming to you now.',
              ),
              t(
                'U draagt over voordat het verder escaleert. Uw leidinggevende heeft meer mogelijkheden.',
                'You hand over before it escalates further. Your manager has more options.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t(
                'Oké, dan blijf ik hier bij u tot het geregeld is.',
                'Okay, then I will stay here with you until it is sorted.',
              ),
              t(
                'Heldhaftige reflex: u blijft alleen in een vastgelopen gesprek, terwijl de wachtrij groeit.',
                'Heroic reflex: you stay alone in a stuck conversation while the queue grows.',
              ),
            ),
          ],
          { calm: 'handed_over', escalate: 'escalated' },
        ),
        ending(
          'agreement',
          1,
          t('Vanmiddag bellen is goed. Hier is mijn nummer.', 'A call this afternoon is fine. Here is my number.'),
          'agreement',
          t('Afspraak gemaakt. Zet de foto’s in het dossier.', 'Agreement made. Put the photos in the file.'),
        ),
        ending(
          'calmed',
          2,
          t('… Sorry. Ik slaap al weken slecht.', '… Sorry. I have not slept well for weeks.'),
          'calmed',
          t(
            'Nu kunt u alsnog een keuze bieden voor de opzichter.',
            'Now you can still offer a choice for the inspector.',
          ),
        ),
        ending(
          'handed_over',
          3,
          t(
            '(Uw leidinggevende neemt haar mee naar een spreekkamer.)',
            '(Your manager takes her to an interview room.)',
          ),
          'handed_over',
          t(
            'Goed overgedragen. Bespreek na afloop kort wat werkte en wat scherper kan.',
            'Well handed over. Afterwards, briefly discuss what worked and what could be sharper.',
          ),
        ),
        ending(
          'escalated',
          3,
          t(
            '(Na twintig minuten staat ze er nog. Andere klanten worden onrustig.)',
            '(After twenty minutes she is still there. Other clients get restless.)',
          ),
          'escalated',
          t(
            'U bleef te lang alleen. Draag over zodra een gesprek vastloopt.',
            'You stayed alone too long. Hand over as soon as a conversation gets stuck.',
          ),
        ),
      ],
    },
  },
  {
    id: 'balie-drukte-maand2',
    scenario: {
      title: t('Balie (maand 2): dreigen op een drukke ochtend', 'Desk (month 2): threats on a busy morning'),
      channel: 'desk',
      level: 'month2',
      situation: t(
        'Piekmoment: de wachtruimte zit vol en u staat alleen aan de balie. Een man eist dat zijn borg vandaag wordt terugbetaald. Hij praat hard en staat dichtbij.',
        'Peak time: the waiting room is full and you are alone at the desk. A man demands his deposit be refunded today. He speaks loudly and stands close.',
      ),
      start: 'start',
      nodes: [
        turn(
          'start',
          3,
          t(
            '(Hij slaat met zijn hand op de balie.) Ik wil NU mijn geld terug, anders gebeurt er wat!',
            '(He slaps the desk with his hand.) I want my money back NOW, or something will happen!',
          ),
          warn,
          [
            say(
              'warn',
              'closer',
              t(
                'U dreigt nu. Dit accepteer ik niet. U kunt rustig vertellen wat er is of u vertrekt.',
                'You are threatening now. I do not accept this. You can calmly tell me what is wrong or you leave.',
              ),
              t(
                'Een heldere grens met keuze. Hij gaat toch door: in maand 2 oefent u het vervolg.',
                'A clear boundary with a choice. He carries on anyway: in month 2 you practise what comes next.',
              ),
            ),
            say(
              'continue',
              'closer',
              t(
                'Ik ga meteen kijken wat ik kan doen, dan krijgt u uw geld.',
                'I will see right away what I can do, then you will get your money.',
              ),
              t(
                'Toegeven onder druk beloont instrumentele agressie: de volgende keer dreigt hij weer.',
                'Giving in under pressure rewards instrumental aggression: next time he threatens again.',
              ),
            ),
            say(
              'warn',
              'closer',
              t('Meneer, u bent echt onredelijk bezig.', 'Sir, you are being really unreasonable.'),
              t(
                'Een oordeel over de persoon. Benoem het gedrag: „u dreigt”.',
                'A judgement of the person. Name the behaviour: "you are threatening".',
              ),
            ),
          ],
          { calm: 'closer', escalate: 'closer' },
        ),
        turn(
          'closer',
          4,
          t(
            '(Hij grijpt uw beeldscherm en duwt het om.) Jij gaat me nu helpen, of ik sloop de boel!',
            '(He grabs your screen and pushes it over.) You are going to help me now, or I will smash the place up!',
          ),
          leave('raise_alarm'),
          [
            say(
              'raise_alarm',
              'alarm',
              t(
                'Stop hiermee. Ik ga weg van de balie en roep hulp.',
                'Stop this. I am stepping away from the desk and calling for help.',
              ),
              t(
                'Juist: vernieling en dreiging, dus alarm slaan en afstand nemen.',
                'Right: damage and threats, so raise the alarm and step back.',
              ),
            ),
            say(
              'hand_over',
              'alone',
              t('Ik haal even mijn leidinggevende.', 'I will just fetch my manager.'),
              t(
                'Weglopen zonder alarm laat de wachtruimte alleen met hem. Bij geweld tegen zaken: alarm, zodat het interventieteam komt.',
                'Walking off without an alarm leaves the waiting room alone with him. With violence against property: raise the alarm so the intervention team comes.',
              ),
            ),
            say(
              'continue',
              'escalated',
              t('Oké, oké, ik regel het.', 'Okay, okay, I will sort it.'),
              t('Heldhaftige reflex, en toegeven aan geweld.', 'Heroic reflex, and giving in to violence.'),
            ),
          ],
          { calm: 'alarm', escalate: 'escalated' },
        ),
        ending(
          'alarm',
          4,
          t(
            '(Het interventieteam is er binnen een minuut. Een collega belt de politie.)',
            '(The intervention team arrives within a minute. A colleague calls the police.)',
          ),
          'alarm_raised',
          t(
            'Goed gedaan. Daarna: registratie met feiten en letterlijke citaten, aangifte binnen twee werkdagen (Veilige Publieke Taak) en nazorg voor u en de collega’s die het zagen.',
            'Well done. Then: registration with facts and literal quotes, a police report within two working days (Safe Public Task) and aftercare for you and the colleagues who saw it.',
          ),
        ),
        ending(
          'alone',
          4,
          t(
            '(U loopt weg. Hij gooit de folderstandaard door de wachtruimte.)',
            '(You walk away. He throws the leaflet stand across the waiting room.)',
          ),
          'escalated',
          t(
            'U was veilig, de anderen niet. Slaat u alarm, dan komt er hulp voor iedereen.',
            'You were safe, the others were not. When you raise the alarm, help comes for everyone.',
          ),
        ),
        ending(
          'escalated',
          4,
          t('(Hij leunt over de balie en pakt uw arm.)', '(He leans over the desk and grabs your arm.)'),
          'escalated',
          t(
            'Uw veiligheid gaat voor. Bij dreiging met geweld slaat u direct alarm.',
            'Your safety comes first. When violence is threatened, raise the alarm at once.',
          ),
        ),
      ],
    },
  },
];
