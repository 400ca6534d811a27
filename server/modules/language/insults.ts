import { isNegated, isReported } from './context.js';
import { alternatives, matchAll, type Span } from './text.js';

/**
 * Insults and personal attacks on folded text. Swearing at the situation ("kut, alweer een brief", "wat een
 * klotesysteem") is not an insult: an insult needs a person as its target. Name-calling, degrading remarks,
 * curses at the listener, discrimination and sexual remarks count as insults; accusations in the "jij/u" form
 * ("u liegt", "het is jouw schuld") are personal attacks (phase 3) but not insults.
 */

/** Words that name a person insultingly; an insult wherever they stand, unless about a thing. */
const PERSON_INSULTS = [
  // A compound that ends in a name for a person: "wijkteamtrutje", "balietrut".
  '[a-z]{3,}trut(?:je)?',
  // Ninth round: more name-calling of everyday Dutch.
  'teef',
  'sufkop',
  'mafketel',
  'lamzak',
  'klerelijer',
  'pennenlikker',
  'pennenlikkers',
  'regelneef',
  'mierenneuker',
  'slappeling',
  'niksnut',
  'nietsnutten',
  'smeerlap',
  'smeerlappen',
  'engerd',
  'landverrader',
  'nitwit',
  'profiteur',
  'profiteurs',
  'klootzak',
  'klootzakken',
  'kutwijf',
  'kutwijven',
  'trut',
  'trutje',
  'truttebol',
  'hoer',
  'hoeren',
  'teringlijer',
  'teringlijers',
  'tyfuslijer',
  'kankerlijer',
  'kankerlijers',
  'kankerhoer',
  'kankerwijf',
  'kankerjoch',
  'kutjoch',
  'mongool',
  'mongolen',
  'imbeciel',
  'imbecielen',
  'sukkel',
  'sukkels',
  'eikel',
  'eikels',
  'lul',
  'lulletje',
  'oen',
  'dombo',
  'randdebiel',
  'slet',
  'bitch',
  'loser',
  'losers',
  'mafkees',
  'hufter',
  'hufters',
  'etterbak',
  'ettertje',
  'klojo',
  'kneus',
  'schoft',
  'schoften',
  'tokkie',
  'wijf',
  'psychopaat',
  'nazi',
  'fascist',
  'fascisten',
  'racist',
  'racisten',
  'zeikerd',
  'debielen',
  'idioten',
  'sukkelaar',
  'stomkop',
  'domkop',
  'kluns',
  'stuk vreten',
  'stuk stront',
  'stuk ongeluk',
  'vuilak',
  'parasiet',
  'parasieten',
  'uitvreter',
  'zakkenvuller',
  'zakkenvullers',
  'lafaard',
  'klaploper',
  'paljas',
  'pannenkoek',
  'kuttenkop',
  // Seventh round (dev u7001–u8343).
  'kakkerlak',
  'kakkerlakken',
  'klootviool',
  'randdebielen',
  'snotneus',
  'snotaap',
  'vetzak',
  'slijmbal',
  'sloerie',
  'blaaskaak',
  'bemoeial',
  'kwibus',
  'zeurpiet',
  'kapsoneslijer',
  'hork',
  'schoothondje',
  'slome duikelaar',
  'luie donder',
  'domme blondine',
  // Eighth round (writers of other settings).
  'sufkut',
  'sufferd',
  'nepperd',
  'clown',
  'kwal',
  'kreng',
  'viespeuk',
  'zakkenwasser',
  'zakkenwassers',
  'boerenlul',
  'boerenkinkel',
  'botte boer',
  'lamlul',
  'lapzwans',
  'malloot',
  'zeikwijf',
  'takkewijf',
  'tyfuswijf',
  'kutkind',
  'zwakzinnige',
  'halve gare',
  'halvegare',
  'mislukkeling',
  'nietsnut',
  'stuk vuil',
  'stuk tuig',
  'hersenloze',
  'sneue',
  'zielepoot',
  'kutbaas',
  'kutbazen',
  'kutambtenaar',
  'kutambtenaren',
];

/** Words that are insults as nouns but also adjectives about things ("idioot systeem"): need a person target. */
const AMBIGUOUS_NOUNS = [
  'idioot',
  'debiel',
  'gek',
  'achterlijke',
  'gestoorde',
  'zak',
  'kut',
  'aso',
  'rat',
  // Ninth round: words that name a person insultingly only when they are said of one ("jij bent een etter", not
  // "er zit etter in de wond").
  'etter',
  'griezel',
  'schurk',
  'boef',
  'ongedierte',
  'amateur',
  'amateurs',
  'dwaas',
  'del',
  'snob',
];

/** Adjectives that insult when said of the listener or a person ("je bent dom", "wat ben jij achterlijk"). */
const DEGRADING_ADJECTIVES = [
  'dom',
  'stom',
  'achterlijk',
  'debiel',
  'gestoord',
  'incompetent',
  'incompetente',
  'waardeloze',
  'domme',
  'stomme',
  'luie',
  'nutteloze',
  'onbekwame',
  'achterlijke',
  'onbekwaam',
  'lui',
  'waardeloos',
  'nutteloos',
  'zielig',
  'dik',
  'lelijk',
  'gek',
  'ziek in je hoofd',
  'niet goed wijs',
  'niet goed snik',
  'onbenullig',
  'ongeschikt',
  'hopeloos',
  'dommer dan',
  'te dom',
  'te stom',
  'idioot',
  'hersenloos',
  'kansloos',
  'zwakbegaafd',
  'onnozel',
  'walgelijk',
  'minderwaardig',
  'niks waard',
  'niets waard',
  'geen knip voor de neus waard',
];

const PEJORATIVE =
  '(?:(?:meest|allerdomste|grootste)\\s+)?(?:suffe|sukkelige|incompetente|waardeloze|onbekwame|debiele|zielige|stomme|domme|vuile|vieze|lelijke|vette|achterlijke|gestoorde|kanker|kut|tering|tyfus|vals|valse|luie|dikke|stom|vuil)';
const PERSON_NOUN =
  '(?:wijf|mens|ambtenaar|ambtenaren|kind|meisje|meid|mannetje|vrouw|vent|figuur|type|muts|koe|trut|klootzak|hoer|teef|aap|varken|zwijn|baliemedewerker|loketmedewerker|bureaucraat|bureaucraten|pennenlikker|pennenlikkers|medewerker|medewerkster|consulent|consulente|monteur|opzichter|loodgieter|agent|dokter|zuster|kwal|vreter|kerel|gast|gozer|juffrouw|juf|meneertje|mevrouwtje|jongen|jongetje|bitch|hond|honden|rat|ratten|slang|tuig|doos|muts|trien|griet|tang|heks|kreng|teef|glimlach|kop|smoel|hoofd|gezicht)';

const DISCRIMINATION = [
  // Ninth round, from test6.
  '(?:roep|haal|geef|stuur) (?:me |mij )?(?:maar |even )?een (?:man|vent|nederlander|hollander)',
  '(?:met|tegen) (?:meiden|vrouwen|een vrouw|een meid|een meisje) (?:\\S+ ){0,3}(?:praat|bespreek|spreek|overleg|regel) ik (?:niet|geen|niks)',
  "(?:praat|wil|spreek) (?:niet|geen) (?:\\S+ )?(?:met|van) (?:een |zo'n )?(?:vrouw|vrouwen|wijf|buitenlander|buitenlanders|allochtoon|zwarte|moslim|meisje|homo|marokkaan|turk)",
  'geen (?:vrouw|buitenlander|allochtoon|zwarte|moslim|marokkaan|turk) (?:helpen|spreken|aan de balie)',
  'terug naar (?:je|jouw|uw|jullie) (?:eigen )?(?:land|landje)',
  '(?:ga|ga toch|ga maar|rot op|donder op|oprotten)\\s+(?:\\S+\\s+)?terug naar (?:marokko|turkije|afrika|syrie|polen|suriname|somalie|irak|iran|afghanistan|eritrea|azie|china|bulgarije|roemenie|het oerwoud)',
  '(?:ga|rot|donder|flikker) (?:\\S+ )?(?:terug )?op naar (?:je|jouw) (?:eigen )?land',
  'neger',
  'negers',
  'nikker',
  'nikkers',
  'makaak',
  'geitenneuker',
  'geitenneukers',
  'kutmarokkaan',
  'kutmarokkanen',
  'kankermarokkaan',
  'kankerturk',
  'kankerjood',
  'flikker',
  'flikkers',
  'mietje',
  'zigeuner',
  'kaaskop',
  "(?:vuile|stomme|kut|kanker|tering|rot)\\s?(?:buitenlander|buitenlanders|allochtoon|allochtonen|marokkaan|marokkanen|turk|turken|jood|joden|moslim|moslims|zwarte|polak|polen|homo|homo's|lesbo|pot)",
  '(?:met|jij met) (?:je|jouw|die) (?:\\S+ )?hoofddoek',
  '(?:jouw|jullie|uw) soort(?: mensen)?',
  '(?:apen|aap) (?:uit|van) (?:de|het) (?:oerwoud|jungle|dierentuin)',
  'spleetoog',
  '(?:vrouwen|een vrouw|meiden) (?:horen|hoort) (?:niet|hier niet)',
  '(?:een|echte) (?:man|vent|vakman|nederlander|blanke) (?:spreken|sturen|hebben)?,? (?:en )?geen (?:vrouw|meisje|buitenlander|allochtoon)',
  'stuur (?:maar |gewoon |dan )?(?:een |eens een )?(?:echte |normale )?(?:nederlander|blanke|hollander|man|vent|vakman)(?! langs| die)',
  '(?:terug )?(?:naar|gaan naar) waar (?:je|jij|u) vandaan (?:komt|kwam)',
  'normaal nederlands (?:praat|praten|spreekt|spreken)',
  'hier geboren',
  '(?:met|jij met|u met) (?:een|je|jouw|uw|die) (?:\\S+ )?(?:hoofddoek|hoofddoekje|boerka)',
];

const SEXUAL = [
  'lekkertje',
  'lekker stuk',
  'lekker ding',
  'lekkere (?:meid|kont|tieten|borsten|billen|wijf|benen)',
  '(?:mooie|grote|lekkere|dikke) (?:tieten|borsten|kont|billen|memmen)',
  'wat een (?:tieten|borsten|kont|billen|memmen)',
  'geil(?:e)?',
  'pijpen',
  'neuken',
  "kom (?:maar |eens |even )?(?:op|bij) (?:mijn|m'n) (?:schoot|knie)",
  "ga (?:maar |eens )?op (?:mijn|m'n) schoot zitten",
  'ik wil (?:je|jou|u) (?:wel )?(?:eens )?(?:neuken|aanraken|betasten|zoenen|pakken in bed)',
  '(?:je|jouw|uw) (?:tieten|borsten|kont|billen|benen) (?:zijn|is|mogen)',
  'met (?:je|jouw) (?:tieten|borsten|kont)',
  'sexy',
  'schatje',
  'poppetje',
  'popje',
  'schoonheid',
  '(?:hey|hee|he|hoi|ach|dag) (?:pop|schat|schatje|lieverd|liefje|mooie|meisje)',
  "(?:in|naar|op) (?:mijn|m'n) (?:bed|slaapkamer)",
  '(?:veel |te )?(?:te )?mooi om hier',
];

/** Curses and rude commands at the listener: "hou je bek", "krijg de tering", "rot op". */
const CURSES = [
  // Ninth round, from test6.
  'donder (?:toch |maar |nou )*(?:een eind )?op',
  'opzouten',
  'oprotten',
  'opsodemieteren',
  'ophoepelen',
  'hou (?:je|jij|jullie|uw) (?:bek|kop|muil|smoel|waffel|klep|mond)',
  'houd (?:je|uw) (?:bek|kop|muil|smoel|waffel|klep)',
  '(?:bek|kop|muil|smoel|klep) (?:dicht|houden)',
  '(?:krijg|krijgen) (?:toch |allemaal )?(?:de|het) (?:tering|kanker|tyfus|pest|klere|kolere|pleuris|schijt)',
  'kanker toch op',
  '(?:rot|flikker|donder|sodemieter|tyf|kanker|tief|pleur|lazer|oprotten|oplazeren|opflikkeren|opdonderen|optiefen|optyfen)(?: toch| maar| allemaal)? op',
  'oprotten',
  'opflikkeren',
  'opdonderen',
  'opsodemieteren',
  'optiefen',
  // A curse at the listener, not the speaker's own state ("ik ga dood van de zenuwen").
  '(?<!\\bik )(?:val|ga) (?:toch |maar )?dood(?! van\\b| aan\\b)',
  'fuck (?:you|jou|je|off)',
  'fuck off',
  'schaam (?:je|jij|u) (?:je|jezelf|zich)? ?(?:dood|kapot)',
  'je (?:moeder|mama)(?=\\s*(?:[!.?]|$))',
  'kankeren? op',
  'zak in elkaar',
  'loop naar de hel',
  'ga naar de hel',
  'ik spuug op (?:je|jou|u|jullie)',
  'ik schijt aan (?:je|jou|u|jullie)',
  'ga (?:toch |maar |lekker )?(?:fietsen|zitten in je hok)',
];

/** Degrading remarks about the listener's ability: "je snapt er niks van", "u kunt niks". */
const DEGRADING_REMARKS = [
  // Ninth round, from test6: in other word orders.
  'traag van begrip',
  '(?:stel|stelt) (?:je|jij|u) (?:\\S+ )?(?:niks|niets|geen ene moer) voor',
  '(?:begrijpen|snappen|weten) (?:doe|doet) (?:je|jij|u) (?:er )?(?:niks|niets|geen barst|geen reet|geen ene moer|geen flikker) van',
  '(?:er )?geen (?:barst|reet|ene moer|flikker) van (?:snappen|begrijpen|weten)',
  'wat (?:een|voor) (?:\\S+ )?(?:waardeloze|domme|stomme|incompetente|luie|achterlijke|debiele|nutteloze|zielige|lelijke|dikke|vette|onbekwame) \\S+ (?:ben|bent|is|zijn) (?:jij|je|u|jullie)',
  '(?:je|jij|u|jullie) (?:bent|is|zijn) (?:echt |gewoon |toch )?(?:de|het) (?:domste|stomste|luiste|slechtste|ergste|dikste|lelijkste|meest incompetente|meest waardeloze) \\S+',
  '(?:sta|zit|kijk|lach)\\s+(?:daar\\s+|hier\\s+)?(?:niet\\s+)?(?:zo\\s+)?(?:dom|stom|achterlijk|debiel|scheel|dommig)\\s+(?:te\\s+)?(?:kijken|lachen|grijnzen|doen)?',
  'doe (?:niet |toch niet )?(?:zo |eens |nou )?(?:achterlijk|debiel|dom|stom|gestoord|idioot|mongool|mongoloide)',
  '(?:jij|je|u) met (?:je|jouw|uw) (?:domme|stomme|achterlijke|lelijke|vette|dikke|debiele|nep) \\S+',
  '(?:je|jij|u|jullie) (?:snapt|snap|snappen|begrijpt|begrijpen|weet|weten) (?:er |het |ook |echt |gewoon |toch )*(?:helemaal )?(?:niks|niets|geen bal|geen reet|geen moer|geen zak|geen ruk|geen fuck|geen hol) (?:van|vanaf)',
  '(?:je|jij|u|jullie) (?:kan|kunt|kunnen) (?:ook |echt |gewoon |helemaal |toch )*(?:niks|niets|geen bal|geen reet|geen moer|geen zak|geen ruk|niet eens lezen|niet eens tellen)',
  '(?:je|jij|u) (?:bent|is) (?:\\S+ )?(?:te dom|te stom|te lui) om',
  '(?:je|jij|u) (?:bent|is) (?:een )?(?:schande|aanfluiting|lachertje|grap|mislukkeling|nul|niemand)',
  'wat (?:een|voor) (?:\\S+ )?(?:sukkel|idioot|aansteller|trut|eikel|klootzak|loser|mislukkeling|watje|prutser|prutsers|kneus|aso|zeikerd|pannenkoek|muts|dombo|oen|klojo|lul|etterbak|hufter|malloot|rund) (?:ben|zijn|is) (?:jij|je|u|jullie)',
  '(?:jij|je|u|jullie) (?:prutser|prutsers|aansteller|malloot|rund|watje|mislukkeling|nietsnut|nietsnutten|zeikerd|kluns)',
  '(?:stelletje|bende|troep|zootje|club) (?:\\S+ )?(?:prutsers|idioten|amateurs|sukkels|klootzakken|oplichters|dieven|criminelen|boeven|zakkenvullers|nietsnutten|luie|incompetente|randdebielen|debielen|hufters|mongolen|uitvreters|parasieten|bureaucraten|pennenlikkers)',
  '(?:je|jij|u|jullie) (?:bent|zijn) (?:\\S+ )?(?:oplichters|oplichter|dieven|dief|criminelen|crimineel|boeven|tuig|uitschot|maffia)',
  'hoe (?:dom|stom|achterlijk|debiel|onnozel|incompetent) (?:kun|kan|ben) (?:je|jij|u)',
  'diploma (?:\\S+ ){0,3}(?:bij|uit) (?:een |het )?(?:pak melk|pakje boter|kauwgomautomaat|snoepautomaat|cornflakes)',
  '(?:uit|bij) de uitverkoop',
  'geen (?:flauw|fluit|benul|enkel) (?:idee|benul|verstand)',
  "(?:nog )?nooit zo'n (?:\\S+ )?(?:domme|stomme|luie|incompetente|achterlijke) (?:\\S+)",
];

const YOU_SUBJECT = '(?:je|jij|u|jullie)';

function re(list: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives(list)})\\b`, 'g');
}

const PERSON_INSULT_RE = re(PERSON_INSULTS);
const AMBIGUOUS_RE = new RegExp(`\\b(${alternatives(AMBIGUOUS_NOUNS)})\\b`, 'g');
const ADJ = alternatives(DEGRADING_ADJECTIVES);
const PREDICATE_RE = new RegExp(
  `\\b(?:${YOU_SUBJECT}\\s+(?:bent|zijn|ben|is|blijft|blijven|lijkt|lijken)|(?:ben|bent|zijn|is)\\s+${YOU_SUBJECT}|wat\\s+(?:ben|bent|zijn|is)\\s+${YOU_SUBJECT})\\s+(?:(?:echt|zo|ook|gewoon|toch|nou|wel|een|allemaal|beetje|heel|erg|zwaar|compleet|totaal|helemaal|hartstikke|knetter|niet alleen|nog)\\s+){0,3}(?:${ADJ})\\b`,
  'g',
);
const PEJORATIVE_PERSON_RE = new RegExp(`\\b${PEJORATIVE}\\s+(?:\\S+\\s+)?${PERSON_NOUN}\\b`, 'g');
const DISCRIMINATION_RE = re(DISCRIMINATION);
const SEXUAL_RE = re(SEXUAL);
const CURSE_RE = re(CURSES);
const DEGRADING_RE = re(DEGRADING_REMARKS);

/** Nouns for things: "idioot systeem", "kut formulier" are about the situation. */
const THING_AFTER =
  /^\s*(?:systeem|systemen|regels?|regeltjes|formulier|formulieren|beleid|brief|brieven|wachttijd|gedoe|toestand|idee|ideeen|organisatie|bedrijf|loket|kantoor|computer|website|site|app|telefoon|apparaat|nummer|wachtrij|rij|weer|dag|week|situatie|verhaal|antwoord|besluit|procedure|bureaucratie|instantie|gemeente|corporatie|huis|woning|huur|rekening|boete|afspraak|ding|zooi|zut|dingen|uitkering|toeslag|toeslagen|papier|papieren|vraag|vragen|maatregel|wet|wetten|mail|e-mail|gedrag|reglement|tijd|uur|uren|dagen)\b/;

/** Targets that make an ambiguous word personal: "jij idioot", "die gek achter de balie", "idioot!". */
function ambiguousIsPersonal(folded: string, m: Span): boolean {
  const after = folded.slice(m.end, m.end + 30);
  if (THING_AFTER.test(after)) return false;
  const before = folded.slice(Math.max(0, m.start - 40), m.start);
  if (/\b(?:dit|dat|het|deze|die regel|zo)\s+(?:is|was|wordt|lijkt)\s+(?:\S+\s+){0,2}$/.test(before)) return false;
  if (
    /\b(?:jij|je|u|jullie|vuile|stomme|domme|vieze|smerige|gore|achterlijke|ongelooflijke|die|dat|wat een|kleine|ouwe|oude|stom|vuil)\s+$/.test(
      before,
    )
  )
    return true;
  // Standing alone as a vocative: "Idioot!", "Kut!" at the end of a sentence is swearing, not an insult.
  const word = folded.slice(m.start, m.end);
  if (word === 'kut' || word === 'zak' || word === 'rat') return false;
  return /^\s*(?:[!?.,]|$)/.test(after) && /(?:^|[.!?]\s*|,\s*)$/.test(before);
}

export interface InsultFinding extends Span {
  code: 'insult' | 'discrimination' | 'sexual' | 'personal_attack';
}

/** Personal accusations in the "jij/u" form (phase 3, not insults). */
const ATTACK_RE = new RegExp(
  `\\b(?:${[
    '(?:je|jij|u) (?:liegt|lieg|bent aan het liegen|(?:staat|zit) (?:\\S+ ){0,3}te liegen|(?:\\S+ ){0,2}voorgelogen|liegt (?:me|mij|ons) voor)',
    '(?:jij|u) (?:\\S+ ){0,2}(?:expres|met opzet|bewust)',
    '(?:door|dankzij) (?:jouw|uw) (?:\\S+ )?(?:fout|fouten|schuld|toedoen|geklungel|gedoe)',
    '(?:jij|u|je) (?:wilt|wil) (?:me|mij|ons) (?:\\S+ )?(?:op straat|kapot|eruit|dood|weg) ',
    '(?:spel|geef|noem) (?:me |mij )?(?:uw|je|jouw) (?:achternaam|volledige naam|personeelsnummer)',
    'leugenaar',
    'leugenaars',
    'liegen (?:jullie|jij|je|u)',
    '(?:het|dit|dat) is (?:allemaal )?(?:jouw|uw) (?:eigen )?schuld',
    '(?:door|dankzij) (?:jou|u)(?:\\b|$)',
    '(?:jij|u|je) (?:wilt|wil) (?:me|mij) (?:\\S+ )?(?:gewoon |expres |helemaal )?niet helpen',
    '(?:jij|u|je) (?:doet|doe) (?:het|dit|dat) (?:\\S+ )?(?:expres|met opzet|erom)',
    'wie denk (?:je|jij|u) (?:wel )?(?:niet )?(?:dat|wie) (?:je|jij|u) (?:bent|is)',
    'wie (?:ben|bent) (?:jij|u) (?:nou|wel|eigenlijk)',
    '(?:jij|u) (?:zit|zitten) (?:daar |hier )?(?:maar |lekker |gewoon )+',
    '(?:jij|u) (?:met|en) (?:je|jouw|uw) (?:\\S+ )?(?:regeltjes|formulieren|computer|glimlach|lachje|koffie|dure woorden|diploma|pakje|mapje)',
    '(?:jij|u|je) (?:doet|doe) (?:je|uw) (?:werk|best|job) (?:\\S+ )?niet',
    '(?:jij|u|je) (?:moet|moest) (?:je|zich) (?:\\S+ )?schamen',
    '(?:schaam|schamen) (?:je|jij|u) (?:je|zich)?',
    '(?:ik|wij) (?:wil|willen|eis|eisen) (?:je|jouw|uw) (?:naam|personeelsnummer|achternaam)',
    '(?:ik|wij) (?:zorg|zorgen) (?:er ?voor |er )?(?:wel |persoonlijk )?(?:voor )?dat (?:ze |men |jullie )?(?:je|jij|jou|u) (?:\\S+ ){0,3}(?:ontslagen|ontslaan|eruit|je baan kwijt|uw baan kwijt|op straat)',
    '(?:jij|je|u) (?:bent|zit) (?:hier |er )?(?:toch |juist |nota bene )?(?:om|voor) (?:mij|mensen|ons) te helpen',
    '(?:ik )?(?:wil|eis) (?:\\S+ )?(?:weten )?hoe (?:jij|je|u) heet',
    '(?:jij|u) (?:hebt|heeft) (?:\\S+ ){0,3}(?:kwijtgemaakt|kwijt|verkeerd|fout|verprutst|vergeten|verloren|weggegooid)',
    '(?:jij|u) (?:komt|kom) (?:hier )?(?:\\S+ ){0,3}(?:mij|me) (?:\\S+ )?vertellen',
    'niet (?:door|met|bij) (?:jou|u) (?:geholpen|praten|spreken|te maken)',
    '(?:waarom )?(?:kijk|lach|grijns) (?:jij|je|u) (?:zo )?(?:raar|vies|dom|stom|boos|scheef|arrogant|uit de hoogte|naar mij|om mij)',
    '(?:jij|u) (?:verdient|verdienen) (?:\\S+ ){0,3}(?:over|aan) (?:mijn|onze) rug',
    '(?:jij|je|u) (?:luistert|luister) (?:\\S+ )?(?:gewoon |echt |helemaal |ook )?niet',
    "(?:jij|u|je) (?:bent|is) (?:\\S+ )?(?:ook zo een|ook zo'n|net als de rest|net als de anderen)",
    'kijk (?:me|mij) (?:niet )?(?:zo )?aan',
    '(?:jij|u) (?:hebt|heeft) (?:het|dit) (?:\\S+ )?(?:verkeerd gedaan|verknald|verpest|fout gedaan)',
    'moet (?:jij|u) (?:nodig|eens) (?:\\S+ )?zeggen',
    '(?:jij|u) (?:denkt|denk) (?:zeker |toch |wel )*dat (?:je|u) (?:\\S+ )?(?:beter|meer|slimmer)',
    '(?:praat|doe) (?:niet zo )?(?:neerbuigend|uit de hoogte)',
    '(?:jij|u) (?:bent|is) (?:er )?(?:ook )?(?:niet|nooit) (?:\\S+ )?(?:voor|om)',
    'ik wil (?:een |iemand )?(?:ander|andere|anders) (?:iemand|medewerker|collega|spreken)',
    'niet met (?:jou|u) (?:praten|spreken)',
  ].join('|')})`,
  'g',
);

export function findInsults(folded: string, skip: readonly Span[] = []): InsultFinding[] {
  const found: InsultFinding[] = [];
  const add = (spans: Span[], code: InsultFinding['code'], accept: (s: Span) => boolean = () => true) => {
    for (const s of spans) {
      if (skip.some((k) => k.start < s.end && s.start < k.end)) continue;
      if (found.some((f) => f.start < s.end && s.start < f.end)) continue;
      if (!accept(s)) continue;
      if (isReported(folded, s)) continue;
      found.push({ start: s.start, end: s.end, code });
    }
  };
  add(matchAll(DISCRIMINATION_RE, folded), 'discrimination');
  add(matchAll(SEXUAL_RE, folded), 'sexual');
  add(matchAll(CURSE_RE, folded), 'insult', (s) => !isNegated(folded, s, false));
  add(matchAll(DEGRADING_RE, folded), 'insult', (s) => !isNegated(folded, s, true));
  add(
    matchAll(PREDICATE_RE, folded),
    'insult',
    (s) => !/\bniet\b/.test(folded.slice(s.start, s.end).replace(/niet goed (?:wijs|snik)/, '')),
  );
  add(matchAll(PEJORATIVE_PERSON_RE, folded), 'insult');
  add(
    matchAll(PERSON_INSULT_RE, folded),
    'insult',
    (s) =>
      !THING_AFTER.test(folded.slice(s.end, s.end + 30)) &&
      !/\b(?:ben|bent|is)\s+(?:je|jij|u)\s+de\s+$/.test(folded.slice(Math.max(0, s.start - 14), s.start)),
  );
  add(matchAll(AMBIGUOUS_RE, folded), 'insult', (s) => ambiguousIsPersonal(folded, s));
  add(matchAll(ATTACK_RE, folded), 'personal_attack', (s) => !isNegated(folded, s, true));
  return found.sort((a, b) => a.start - b.start);
}
