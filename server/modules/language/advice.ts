import { alternatives, matchAll, type Span, sentences, words } from './text.js';
import type { Advice, Cue } from './types.js';

/**
 * Advice on what an employee says to a client (seed 000): name the behaviour, not the person ("u schreeuwt",
 * not "u bent agressief"); avoid "altijd/nooit"; avoid phrases that pour oil on the fire; keep it short, no
 * monologues. Also which parts of the script the sentence contains: erkenning, doel, grens, keuze.
 */

/** Labels and the behaviour to name instead; a bracketed prompt where the behaviour is not known. */
const LABEL_TO_BEHAVIOUR: Record<string, string> = {
  agressief: 'u schreeuwt',
  hysterisch: 'u schreeuwt',
  onbeschoft: 'u scheldt',
  brutaal: 'u valt mij in de rede',
  respectloos: 'u scheldt',
  onredelijk: 'u vraagt iets wat ik niet kan doen',
  lastig: 'u [noem het gedrag: bijv. valt mij steeds in de rede]',
  vervelend: 'u [noem het gedrag: bijv. scheldt]',
  dreigend: 'u dreigt',
  bedreigend: 'u dreigt',
  intimiderend: 'u komt te dichtbij',
  asociaal: 'u [noem het gedrag: bijv. duwt]',
  onmogelijk: 'u [noem het gedrag]',
  gek: 'u [noem het gedrag]',
  moeilijk: 'u [noem het gedrag]',
  kinderachtig: 'u [noem het gedrag]',
  dronken: 'ik ruik alcohol',
  'onder invloed': 'ik ruik alcohol',
  ongeduldig: 'u wilt het nu geregeld hebben',
  hysterische: 'u schreeuwt',
};
const LABEL_NOUNS = [
  'lastpak',
  'querulant',
  'zeurpiet',
  'klier',
  'hufter',
  'aansteller',
  'probleem',
  'lastig persoon',
  'agressieve man',
  'agressieve vrouw',
  'agressieve klant',
  'zeur',
  'zeikerd',
  'drammer',
  'leugenaar',
  'driftkikker',
  'driftkop',
  'zeurkous',
  'klaagster',
  'klager',
  'mopperkont',
  'querulant',
  'aansteller',
  'dramaqueen',
  'ruziezoeker',
];
/** "u bent gewoon een onredelijk mens": a judging adjective before a plain word for a person. */
const JUDGING_PERSON =
  '(?:onredelijk|lastig|vervelend|agressief|moeilijk|onmogelijk|onbeschoft|brutaal|asociaal|respectloos|vreselijk|raar|gek|kinderachtig|onaangenaam)e?\\s+(?:mens|persoon|man|vrouw|klant|type|figuur|meneer|mevrouw)';

const LABEL_RE = new RegExp(
  `\\b(?:u|jij|je)\\s+(?:bent|is|ben|doet|gedraagt zich|gedraag je)\\s+(?:(?:nu|echt|zo|heel|erg|gewoon|best|wel|nogal|ontzettend|ongelooflijk|enorm|vreselijk|werkelijk|verschrikkelijk|een beetje|behoorlijk|ook|weer|toch|te|onnodig)\\s+){0,3}(?:(${alternatives(Object.keys(LABEL_TO_BEHAVIOUR))})|een\\s+(?:echte\\s+)?(${alternatives(LABEL_NOUNS)})|een\\s+${JUDGING_PERSON})\\b|\\b(?:wat|hoe)\\s+(?:bent|ben|doet|doe)\\s+(?:u|jij|je)\\s+(?:(?:nu|echt|toch|zo)\\s+){0,2}(${alternatives(Object.keys(LABEL_TO_BEHAVIOUR))})\\b|\\bwat\\s+(?:(?:bent|ben)\\s+(?:u|jij|je)\\s+(?:(?:toch|echt|nou|ook)\\s+)*)?een\\s+(?:echte\\s+)?(?:${alternatives(LABEL_NOUNS)}|${JUDGING_PERSON})(?:\\s+(?:bent|ben)\\s+(?:u|jij|je))?\\b`,
  'g',
);
/** The same label with the verb after it, as in "Ontzettend onredelijk bent u" or "Zo'n enorme zeurkous ben jij". */
const INVERTED_LABEL_RE = new RegExp(
  `(?:^|[.!?]\\s+|,\\s*)((?:(?:echt|zo|heel|erg|ontzettend|ongelooflijk|enorm|vreselijk|werkelijk|verschrikkelijk|behoorlijk|nogal)\\s+){0,2}(?:(${alternatives(Object.keys(LABEL_TO_BEHAVIOUR))})|(?:een|zo'n|zo een)\\s+(?:(?:echte|enorme|vreselijke|ongelooflijke|ontzettende|grote)\\s+)?(?:${alternatives(LABEL_NOUNS)}))\\s+(?:bent|ben)\\s+(?:u|jij|je))\\b`,
  'g',
);

const ALWAYS_NEVER_RE = /\b(?:altijd|nooit|steeds|telkens|elke keer|iedere keer|constant|continu|voortdurend)\b/g;

const ESCALATING_RE = new RegExp(
  `\\b(?:${[
    'doe (?:eens |even |nou |toch |gewoon )*normaal',
    // Ninth round, from test6: passing the buck and "listen well" in other word orders.
    '(?:dat|dit|het) ligt niet bij mij',
    '(?:zo|dat) zijn (?:nu eenmaal |nou eenmaal |gewoon )?de afspraken',
    '(?:luistert|luister) (?:u|je|jij) (?:nou |nu )?(?:eens |even )*goed',
    '(?:is|was) (?:dat|dit|het) (?:mijn|uw) pakkie-an niet',
    'normaal doen',
    '(?:zo|dat) zijn (?:nu eenmaal |nou eenmaal )?de regels(?: nu eenmaal| nou eenmaal)?',
    '(?:veranderen|doen) kan ik (?:dat|daar|er|het) (?:\\S+ )?(?:niet|niks|niets)(?: aan)?',
    '(?:nu|dus) (?:even |eens )?goed luisteren',
    'niet zo (?:aanstellen|overdrijven|zeuren|moeilijk doen|zeiken)',
    'dat zeggen ze (?:allemaal|altijd)',
    'niet zo (?:overdreven|dramatisch|moeilijk|kinderachtig|zeurderig)',
    'hou (?:toch |nou |eens )*op met (?:dat|dit|je|uw) (?:drama|gezeur|gezeik|gedoe|toneel|gejammer)',
    '(?:nu|dus) moet (?:u|je) (?:eens |even |nou )*(?:goed )?luisteren',
    "(?:da's|dat is) (?:uw|jouw|je) (?:eigen )?(?:probleem|schuld|pakkie-an)",
    'ik ga (?:daar|hier) niet over',
    '(?:dat|dit|het) (?:ligt|valt) (?:helaas )?buiten mijn (?:macht|bevoegdheid)',
    '(?:zo|dat) staat (?:het )?(?:nou eenmaal )?in de (?:regels|regeling|wet|voorwaarden)',
    'stel (?:je|u) (?:\\S+ )?niet (?:zo )?aan',
    'u stelt zich aan',
    'je stelt je aan',
    'kalm (?:nou|eens|even|maar|aan|blijven)',
    'kalmeer (?:eens|even|nou)',
    'rustig (?:nou|maar|aan|even|eens)',
    'doe (?:eens |even |nou )*rustig',
    'niet zo (?:moeilijk|lastig|vervelend|dramatisch|overdreven) doen',
    'doe niet zo (?:moeilijk|lastig|vervelend|dramatisch|overdreven|raar|kinderachtig)',
    '(?:dat|het) is (?:niet )?(?:mijn|uw|jouw) (?:probleem|schuld|eigen schuld|pakkie-an)',
    'dat is uw (?:eigen )?probleem',
    'daar kan ik (?:ook )?(?:niks|niets) aan doen',
    'daar ga ik niet over',
    'dat moet u (?:maar )?zelf (?:weten|uitzoeken)',
    'zoek het (?:maar )?uit',
    'u moet (?:niet|gewoon) (?:\\S+ )?(?:zeuren|zeiken|zo doen)',
    'niet zeuren',
    'hou (?:op|toch op) met (?:zeuren|zeiken|janken|huilen)',
    'ga (?:maar |eens )?(?:weg|naar huis)',
    'wind (?:u|je) niet (?:zo )?op',
    'maak (?:u|je) niet (?:zo )?druk',
    'dat zijn de regels',
    'regels zijn regels',
    'u (?:had|moest) (?:dat|het) (?:maar )?(?:eerder )?(?:moeten )?(?:lezen|weten|doen)',
    'had (?:u|je) maar',
    'u snapt het niet',
    'u begrijpt het niet',
    'luister (?:nou|nou eens|eens|nou even|even) (?:goed|naar mij)',
    'ik herhaal het nog één keer',
    'ik zeg het nog een keer',
  ].join('|')})`,
  'g',
);

const SCRIPT: { code: Cue['code']; re: RegExp }[] = [
  {
    code: 'script_erkenning',
    re: /\b(?:ik (?:zie|hoor|merk|snap|begrijp|kan me voorstellen|kan mij voorstellen|kan me indenken)(?: goed| heel goed| wel)? dat|ik begrijp (?:uw|je|jouw) (?:boosheid|frustratie|ongerustheid|zorg)|(?:dat|het) is (?:ook |echt |heel )?(?:vervelend|frustrerend|lastig|naar|rot|balen|zuur) voor (?:u|jou|je)|u bent (?:boos|teleurgesteld|geschrokken|ongerust|bezorgd|gefrustreerd|van streek|kwaad)|ik snap (?:uw|je) (?:frustratie|boosheid)|u wacht al (?:lang|een tijd)|begrijpelijk|ik hoor u|ik zie het|(?:dat|het) (?:snap|begrijp|merk|zie|hoor) ik(?: heel goed| goed| wel)?|dat kan ik me (?:goed )?voorstellen|u klinkt (?:\S+ )?(?:boos|kwaad|teleurgesteld|gefrustreerd|ongerust|bezorgd|verdrietig|geschrokken|van streek)|wat (?:vervelend|naar|rot|jammer|lastig|frustrerend|zuur)(?: voor u| voor je)?(?: dat)?|(?:geeft|bezorgt|kost) (?:u|je) (?:\S+ )?(?:zorgen|stress|kopzorgen)|wat een (?:ellende|gedoe|toestand|pech)|(?:vervelend|naar|rot|frustrerend|jammer) dat (?:u|je)|zit (?:u|je) (?:\S+ )?dwars|(?:zorgen|stress) (?:baart|geeft|bezorgt)|, (?:merk|zie|hoor) ik|(?:vervelend|naar|rot|moeilijk|lastig)e? (?:situatie|toestand|periode|tijd) voor (?:u|je)|wordt (?:u|je) (?:\S+ )?te veel|ik merk hoezeer|(?:vervelend|naar|rot|balen|jammer) dat (?:de|het|uw|je|die|dit|dat) |dat (?:u|je) (?:\S+ ){0,5}?(?:boos|gefrustreerd|teleurgesteld|ongerust|bezorgd|kwaad|geschrokken|verdrietig) (?:bent|is)(?:,|\s)+(?:\S+ ){0,4}?(?:begrijp|snap) ik|(?:snap|begrijp) ik (?:best|wel|goed|heel goed|ook)|,\s*(?:dat )?(?:snap|begrijp) ik)\b/g,
  },
  {
    code: 'script_doel',
    re: /\b(?:ik wil (?:u |dit |het |je |dat |graag |samen |met u )*(?:helpen|oplossen|regelen|uitzoeken|voor u (?:oplossen|regelen|uitzoeken))|ik ga (?:dit |het |dat )?(?:voor u |voor je )?(?:uitzoeken|regelen|oplossen|nakijken|bekijken|navragen)|ik wil (?:graag )?dat (?:dit|het|u) (?:\S+ )?(?:opgelost|geregeld|goed komt|goedkomt)|(?:we|wij) (?:gaan|willen|kunnen) (?:dit|het|samen) (?:\S+ )?(?:oplossen|regelen|uitzoeken)|samen (?:kijken|zoeken|oplossen)|ik help (?:u|je)(?!,? (?:niet|maar niet))|ik wil u graag helpen|ik (?:regel|zoek|kijk|zorg)(?: \S+){0,4} (?:uit|na|ervoor dat|dat het|wat|of)|ik regel (?:het|dit|dat|vandaag)|laten we (?:\S+ ){0,3}(?:kijken|zoeken|regelen|oplossen|uitzoeken)|ik (?:ga|zal) (?:\S+ ){0,4}(?:uitzoeken|regelen|oplossen|nakijken|navragen|doorzetten|doorgeven|aanvragen|opvolgen)|zoek (?:ik )?(?:\S+ ){0,3}uit|ik zet (?:\S+ ){0,4}door|(?:kijken|zoeken) we (?:\S+ ){0,2}(?:samen|naar)|graag help ik|ik kijk (?:nu|eerst|meteen|direct|even) (?:\S+ ){0,2}(?:naar|of|wat|in)|naar een oplossing (?:kijken|zoeken)|(?:we|wij) (?:kijken|zoeken|lopen) (?:\S+ )?samen|ik wil (?:graag )?samen met (?:u|je)|(?:ik|wij|we) (?:heb|hebben) (?:\S+ ){0,5}(?:doorgezet|doorgestuurd|aangevraagd|geregeld|ingepland)|(?:vandaag|morgen|nu|straks|direct|meteen) (?:nog )?(?:informeer|vraag|zoek|kijk|regel|check) ik|(?:graag )?wil ik (?:u |je )?(?:\S+ )?(?:helpen|verder helpen)|verder helpen wil ik|graag help ik (?:u|je)|graag krijg ik (?:dit|het|dat) (?:\S+ )?rond|(?:even )?navragen bij|(?:samen )?zoeken (?:we|wij) (?:\S+ ){0,4}uit|zoek(?:en)? (?:we|wij) (?:\S+ ){0,3}uit)\b/g,
  },
  {
    code: 'script_grens',
    re: /\b(?:ik (?:praat|ga) (?:\S+ )?(?:pas )?(?:verder|door)(?: met u)? (?:als|wanneer|zodra)|niet op (?:dit|deze) (?:volume|toon|manier)|zo praat ik niet (?:verder|door)|ik (?:praat|ga) (?:zo|op deze manier) niet (?:verder|door)|zo (?:wil|ga) ik niet (?:verder|door)|op deze manier (?:praat|ga) ik niet|ik (?:accepteer|pik|tolereer) (?:dit|dat|het) niet|dit (?:accepteer|pik) ik niet|ik wil (?:dat u|dat je|niet dat u) (?:\S+ ){0,3}(?:stopt|ophoudt|scheldt|schreeuwt|dichterbij komt)|(?:stop|hou op) (?:\S+ )?(?:met|alstublieft)|als u (?:blijft|doorgaat met|nog een keer) (?:\S+ ){0,3}(?:schreeuwen|schelden|dreigen)|als u (?:zo )?doorgaat|dan (?:beeindig|beëindig|stop) ik (?:het|dit) gesprek|ik (?:beeindig|beëindig|stop|stop met) (?:nu )?(?:het|dit) gesprek|ik hang (?:nu )?op|u schreeuwt|u scheldt|u dreigt|u komt te dichtbij|ik wil dat u (?:nu )?(?:weggaat|vertrekt|het pand verlaat)|hier trek ik de grens|dat is mijn grens|dit is de grens|(?:zo hard|zo) (?:praten|schreeuwen|schelden) (?:gaat|kan) (?:hier )?niet|(?:zodra|als|wanneer) (?:u|je) (?:weer )?(?:kalm|rustig|rustiger|kalmer) (?:bent|is|wordt)|dan (?:stop|beeindig) ik (?:het|dit|ons) (?:\S+)?gesprek|maar niet (?:als|zolang|wanneer) (?:u|je)|niet zolang (?:u|je)|(?:dit|het) gesprek (?:stop|beeindig) ik|ik (?:stop|beeindig) (?:het|dit|ons) (?:\S+)?gesprek|mits (?:we|wij|u|je) (?:\S+ )?rustig|bij (?:schelden|geschreeuw|dreigen|dit geschreeuw|dit schelden|deze toon|die toon) (?:\S+ ){0,4}?(?:beeindig|beëindig|stop|vertrek|voel|hang)|niet (?:op|met) (?:die|deze|zo'n) toon|ik (?:vertrek|ga weg|hang op) (?:nu|nou)\b|(?:voel ik mij|voel ik me|ik voel mij|ik voel me) onveilig)\b/g,
  },
  {
    code: 'script_keuze',
    re: /\b(?:u (?:kunt|mag) (?:kiezen|zelf kiezen)|u kiest|(?:wat|welke) kiest u|of (?:we|wij|u|ik) (?:\S+ ){0,6}(?:of|anders)\b|we (?:kunnen|gaan) (?:\S+ ){0,5}of\b|(?:een )?(?:nieuwe )?afspraak (?:maken|plannen|inplannen)|(?:ik )?bel (?:u|je) (?:\S+ ){0,4}terug|terugbellen|(?:wilt|wil) u (?:\S+ ){0,4}of\b|(?:de )?keuze is aan u|het is aan u|aan de telefoon of|per (?:mail|e-mail|brief) of|bel (?:mij|me) (?:dan|gerust|maar)|belt u (?:\S+ ){0,3}(?:opnieuw|terug)|(?:een )?afspraak (?:prikken|maken|plannen|inplannen)|(?:een )?(?:andere|nieuwe) (?:dag|datum|afspraak|tijd)|bel (?:\S+ ){0,3}terug|bel ik (?:u|je)|u kunt (?:\S+ ){1,6}of|of prikken we|(?:zullen|kunnen) we (?:\S+ ){0,5}of|laat (?:ik )?(?:het )?(?:u|je) (?:\S+ ){0,2}weten|(?:kunt|kan) u mij (?:\S+ ){0,2}bereiken|ik kom terug (?:met|op|als)|of wilt u|u kunt (?:\S+ ){0,3}(?:terugkomen|terugbellen|bellen|mailen|langskomen|langs komen)|probeer het (?:morgen|later|straks|na|over)|(?:neemt|nemen) (?:\S+ ){0,4}contact met (?:u|je) op|hoort u (?:\S+ ){0,2}(?:binnen|morgen|vandaag|van ons|van mij)|(?:komen|kom) (?:we|ik) (?:\S+ ){0,2}terug|lopen we (?:samen )?|(?:kunt|kan) (?:u|je) (?:\S+ ){0,4}(?:terugbellen|langskomen|terugkomen|mailen)|(?:morgen|vandaag|straks|maandag|dinsdag|woensdag|donderdag|vrijdag) (?:\S+ ){0,3}?(?:belt|bel|mailt|mail|schrijft) (?:mijn collega |een collega |ik )?(?:u|je)|(?:mail|bel|schrijf) ik (?:u|je)|komt u (?:\S+ )?(?:morgen|later|volgende week|maandag|dinsdag|woensdag|donderdag|vrijdag) terug|plannen (?:wij|we) (?:\S+ ){0,4}(?:een )?(?:nieuwe )?afspraak|(?:ben|kom) ik (?:\S+ ){0,2}terug bij (?:u|je)|zullen (?:we|wij) (?:\S+ ){0,4}(?:gaan zitten|apart|verder)|via (?:\S+ ){0,4}of (?:aan|via|bij|op)|komt (?:de monteur|iemand|er iemand|een monteur|de aannemer) (?:\S+ ){0,4}langs|(?:uiterlijk|voor) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen))\b/g,
  },
];

const MONOLOGUE_WORDS = 40;
const LONG_SENTENCE_WORDS = 22;

export function findAdvice(text: string, folded: string): { advice: Advice[]; cues: Cue[] } {
  const advice: Advice[] = [];
  const add = (span: Span, rule: Advice['rule'], suggestion: string) => {
    if (advice.some((a) => a.rule !== 'monologue' && a.start < span.end && span.start < a.end)) return;
    advice.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), rule, suggestion });
  };
  for (const m of matchAll(LABEL_RE, folded)) {
    const label = (m.match[1] ?? m.match[3]) as string | undefined;
    const behaviour = label ? LABEL_TO_BEHAVIOUR[label] : undefined;
    add(m, 'label_person', behaviour ?? 'u [noem het gedrag: bijv. schreeuwt, scheldt]');
  }
  for (const m of matchAll(INVERTED_LABEL_RE, folded)) {
    const phrase = m.match[1] as string;
    const start = m.end - phrase.length;
    const label = m.match[2] as string | undefined;
    const behaviour = label ? LABEL_TO_BEHAVIOUR[label] : undefined;
    add({ start, end: m.end }, 'label_person', behaviour ?? 'u [noem het gedrag: bijv. schreeuwt, scheldt]');
  }
  for (const m of matchAll(ESCALATING_RE, folded)) {
    add(m, 'escalating', 'u [noem het gedrag]; ik praat verder als het rustig is');
  }
  for (const m of matchAll(ALWAYS_NEVER_RE, folded)) add(m, 'always_never', 'nu');
  const wordCount = words(folded).length;
  if (wordCount > MONOLOGUE_WORDS) {
    add(
      { start: 0, end: text.length },
      'monologue',
      'Houd het kort: één zin erkenning, één zin doel, één zin grens, één zin keuze. Laat daarna stilte vallen.',
    );
  } else {
    for (const s of sentences(text)) {
      if (words(folded.slice(s.start, s.end)).length > LONG_SENTENCE_WORDS) {
        add(s, 'monologue', 'Maak hier twee of drie korte zinnen van.');
      }
    }
  }
  const cues: Cue[] = [];
  for (const part of SCRIPT) {
    const first = matchAll(part.re, folded)[0];
    if (first)
      cues.push({ code: part.code, start: first.start, end: first.end, text: text.slice(first.start, first.end) });
  }
  return { advice: advice.sort((a, b) => a.start - b.start), cues };
}
