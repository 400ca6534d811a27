import { insideAny } from './quotes.js';
import { alternatives, matchAll, type Span } from './text.js';
import type { Judgement } from './types.js';

/**
 * Judgements in a report (seed 000: "feiten en citaten vastleggen, geen meningen"): labels, interpretations of
 * emotion, state or intent, and generalisations about a person. Each comes with a reason and a replacement
 * prompt in square brackets that asks the writer for the observable fact. Quotes are facts and are skipped;
 * the writer's own feelings ("ik was bang") are facts of their experience and are not flagged; a negated label
 * ("hij was niet agressief") is not flagged either.
 */

interface Label {
  words: readonly string[];
  reason: string;
  suggestion: string;
}

const BEHAVIOUR: Label = {
  words: [
    'agressief',
    'agressieve',
    'onbeschoft',
    'onbeschofte',
    'brutaal',
    'brutale',
    'lastig',
    'lastige',
    'vervelend',
    'vervelende',
    'moeilijk',
    'moeilijke',
    'irritant',
    'irritante',
    'onaangenaam',
    'onaangename',
    'onvriendelijk',
    'onvriendelijke',
    'arrogant',
    'arrogante',
    'neerbuigend',
    'neerbuigende',
    'vijandig',
    'vijandige',
    'bedreigend',
    'bedreigende',
    'dreigend',
    'dreigende',
    'intimiderend',
    'intimiderende',
    'respectloos',
    'respectloze',
    'onredelijk',
    'onredelijke',
    'asociaal',
    'asociale',
    'grof',
    'grove',
    'gewelddadig',
    'gewelddadige',
    'onbehouwen',
    'ongemanierd',
    'ongemanierde',
    'opdringerig',
    'opdringerige',
    'dwingend',
    'dwingende',
    'manipulatief',
    'manipulatieve',
    'uitdagend',
    'uitdagende',
    'provocerend',
    'provocerende',
    'onhandelbaar',
    'onhandelbare',
    'querulant',
    'hufterig',
    'hufterige',
    'ordinair',
    'ordinaire',
    'onbetrouwbaar',
    'onbetrouwbare',
    'lui',
    'dom',
    'domme',
    'zielig',
    'zielige',
    'gevaarlijk',
    'gevaarlijke',
    'opvliegend',
    'opvliegende',
    'kortaf',
    'bot',
    'botte',
    'nors',
    'norse',
    'chagrijnig',
    'chagrijnige',
    'ongeduldig',
    'ongeduldige',
    'overdreven',
    'theatraal',
    'dramatisch',
    'irrationeel',
    'irrationele',
    'paranoide',
    'onmogelijk',
    'onmogelijke',
    'kinderachtig',
    'kinderachtige',
    'hatelijk',
    'hatelijke',
    'gemeen',
    'gemene',
    'achterbaks',
    'achterbakse',
    'sluw',
    'sluwe',
    'geniepig',
    'geniepige',
    'bazig',
    'bazige',
    'eigenwijs',
    'eigenwijze',
    'koppig',
    'koppige',
    'betweterig',
    'betweterige',
    'recalcitrant',
    'recalcitrante',
    'onbenaderbaar',
    'querulant',
    'agressiever',
    'lastiger',
    'vervelender',
    'brutaler',
    'onbeschofter',
    'dreigender',
    'vijandiger',
    // Ninth round: more labels in everyday report Dutch.
    'driftig',
    'driftige',
    'driftiger',
    'heetgebakerd',
    'heetgebakerde',
    'explosief',
    'explosieve',
    'onvoorspelbaar',
    'onvoorspelbare',
    'beledigend',
    'beledigende',
    'kwetsend',
    'kwetsende',
    'grofgebekt',
    'grofgebekte',
    'snauwerig',
    'snauwerige',
    'ongeremd',
    'ongeremde',
    'dominant',
    'dominante',
    'denigrerend',
    'denigrerende',
    'minachtend',
    'minachtende',
    'sarcastisch',
    'sarcastische',
    'cynisch',
    'cynische',
    'spottend',
    'spottende',
    'honend',
    'honende',
    'treiterig',
    'treiterige',
    'pesterig',
    'pesterige',
    'onverschillig',
    'onverschillige',
    'afwijzend',
    'afwijzende',
    'stug',
    'stugge',
    'schreeuwerig',
    'schreeuwerige',
  ],
  reason: 'Oordeel over de persoon: beschrijf wat u zag en hoorde, dan kan een ander zelf oordelen.',
  suggestion: '[wat deed of zei de klant precies? bijv. schreeuwde „…”, sloeg met de vuist op de balie]',
};

const EMOTION: Label = {
  words: [
    'boos',
    'boze',
    'woedend',
    'woedende',
    'kwaad',
    'kwade',
    'razend',
    'razende',
    'hysterisch',
    'hysterische',
    'opgefokt',
    'opgefokte',
    'overstuur',
    'geirriteerd',
    'geirriteerde',
    'gefrustreerd',
    'gefrustreerde',
    'opgewonden',
    'emotioneel',
    'emotionele',
    'labiel',
    'labiele',
    'gestrest',
    'over de rooie',
    'op tilt',
    'over zijn grens',
    'in alle staten',
    'in paniek',
    'gepikeerd',
    'beledigd',
    'chagrijnig',
    'pissig',
    'nijdig',
    'furieus',
    'over zijn toeren',
    'over haar toeren',
    'door het dolle heen',
    'buiten zinnen',
    'opgefokt',
    'geagiteerd',
    'geagiteerde',
    'bozer',
    'kwader',
    'woedender',
    'geirriteerder',
    'hysterischer',
    // Ninth round: more labels in everyday report Dutch.
    'woest',
    'woeste',
    'ziedend',
    'pislink',
    'angstig',
    'angstige',
    'nerveus',
    'nerveuze',
    'zenuwachtig',
    'zenuwachtige',
    'gespannen',
  ],
  reason: 'Interpretatie van een gevoel: u kunt niet zien wat iemand voelt, wel wat iemand doet.',
  suggestion: '[wat zag of hoorde u? bijv. praatte hard, had een rood hoofd, balde de vuisten]',
};

const STATE: Label = {
  words: [
    'onder invloed',
    'dronken',
    'zat',
    'bezopen',
    'stomdronken',
    'lazarus',
    'stoned',
    'high',
    'aangeschoten',
    'verward',
    'verwarde',
    'psychotisch',
    'psychotische',
    'gestoord',
    'gestoorde',
    'gek',
    'knettergek',
    'niet helemaal lekker',
    'niet goed bij zijn hoofd',
    'niet goed bij haar hoofd',
    'in de war',
    'psychisch in de war',
    'verslaafd',
    'aan de drugs',
    'aan de drank',
    'een junk',
    'een alcoholist',
    'een drugsverslaafde',
    'doorgedraaid',
    'manisch',
    'niet in orde',
    'niet helemaal in orde',
    'psychisch ziek',
    'ziek in zijn hoofd',
    'ziek in haar hoofd',
    'dement',
    'zwakzinnig',
    'zwakbegaafd',
    // Ninth round: more labels in everyday report Dutch.
    'instabiel',
    'instabiele',
    'warrig',
    'warrige',
    'onsamenhangend',
    'onsamenhangende',
    'beschonken',
    'ontspoord',
    'ontspoorde',
    'overspannen',
    'overspannene',
    'overwerkt',
  ],
  reason: 'Interpretatie van iemands toestand: noem de waarnemingen waarop u dit baseert.',
  suggestion: '[wat nam u waar? bijv. rook naar alcohol, liep onvast, sprak met dubbele tong]',
};

const LABEL_NOUNS: Label = {
  words: [
    'querulant',
    'lastpak',
    'lastpost',
    'zeurpiet',
    'zeur',
    'zeikerd',
    'klier',
    'etterbak',
    'hufter',
    'bullebak',
    'psychopaat',
    'junk',
    'alcoholist',
    'aso',
    'asociaal',
    'tokkie',
    'draaikont',
    'probleemgeval',
    'probleemklant',
    'notoire klager',
    'bekende klager',
    'klager',
    'herrieschopper',
    'ruziezoeker',
    'raddraaier',
    'agressor',
    'dader',
    'oplichter',
    'leugenaar',
    'zwakbegaafde',
    'gek',
    'gekkie',
    'idioot',
    'klootzak',
    'eikel',
    'lul',
    'trut',
    'heethoofd',
    'bullebak',
    'aansteller',
    'dramaqueen',
    'huilebalk',
    'profiteur',
    'uitvreter',
    'klaagster',
    'klaagzang',
    'driftkikker',
    'driftkop',
    'ruziemaker',
    'zeurkous',
    'mopperkont',
    'kankeraar',
    'regelneef',
    'betweter',
    'bemoeial',
    'simulant',
    'fraudeur',
    'wanbetaler',
    'dwarsligger',
    'tijdbom',
    'tikkende tijdbom',
    'brokkenpiloot',
    'onruststoker',
  ],
  reason: 'Etiket op de persoon: beschrijf het gedrag in plaats van de persoon te benoemen.',
  suggestion: '[de klant; beschrijf daarna wat hij of zij deed of zei]',
};

const INTENT: { re: RegExp; reason: string; suggestion: string }[] = [
  {
    re: /\b(?:deed|doet|deden) (?:het |dit |dat )?(?:duidelijk |overduidelijk |gewoon |echt )?(?:expres|met opzet|erom)\b|\b(?:deed|doet|deden) het er (?:\S+ )?om\b|\bom (?:\S+ )?(?:medelijden|aandacht|indruk|sympathie) (?:op )?te (?:wekken|trekken|maken|krijgen)\b/g,
    reason: 'Interpretatie van een bedoeling: die kunt u niet waarnemen.',
    suggestion: '[wat deed hij of zij precies?]',
  },
  {
    re: /\b(?:wilde|wou|probeerde|wilden|probeerden) (?:mij|me|ons|de collega|mijn collega|haar|hem) (?:(?:duidelijk|overduidelijk|bewust|expres|gewoon|echt|zichtbaar|kennelijk|blijkbaar|steeds|telkens|nog|meteen) )*(?:te )?(?:intimideren|bang maken|provoceren|uitdagen|kleineren|vernederen|manipuleren|pesten|chanteren|onder druk zetten|bang te maken|onder druk te zetten|te kijk te zetten)\b/g,
    reason: 'Interpretatie van een bedoeling: beschrijf wat er gebeurde en wat het met u deed.',
    suggestion: '[wat deed hij of zij? bijv. kwam tot op een halve meter staan; en: ik voelde me onveilig]',
  },
  {
    re: /\b(?:zocht|zoekt|zochten|wilde|(?:was|is) (?:\S+ ){0,5}?uit op|was op zoek naar|kwam voor) (?:(?:duidelijk|overduidelijk|gewoon|echt|meteen|direct|gelijk|bewust|expres|steeds|al) )*(?:(?:vanaf|vanuit|bij|met|na) \S+ )?(?:ruzie|rotzooi|moeilijkheden|problemen|de confrontatie|een conflict|herrie)\b/g,
    reason: 'Interpretatie van een bedoeling: beschrijf wat er gezegd en gedaan is.',
    suggestion: '[wat zei of deed hij of zij?]',
  },
  {
    // "liet mij expres lang wachten", "duwde de stoel opzettelijk om": the adverb claims an intention.
    re: /\b(?:expres|met opzet|opzettelijk|doelbewust|moedwillig|bewust)\b(?!\s+(?:niet|geen)\b)/g,
    reason: 'Interpretatie van een bedoeling: die kunt u niet waarnemen.',
    suggestion: '[wat deed hij of zij precies?]',
  },
  {
    re: /\bhad(?:den)? het (?:\S+ ){0,4}?op (?:mij|ons|de collega|mijn collega|haar|hem) gemunt\b/g,
    reason: 'Interpretatie van een bedoeling.',
    suggestion: '[wat zei of deed hij of zij tegen u?]',
  },
  {
    re: /\b(?:ging|gaat)(?: (?:ze|hij|zij|meneer|mevrouw|die|de klant))? (?:volledig |helemaal |compleet |totaal )?(?:door het lint|uit zijn dak|uit haar dak|uit z'n dak|los|over de rooie|de mist in|tekeer)\b/g,
    reason: 'Beeldspraak en oordeel: beschrijf wat u zag en hoorde.',
    suggestion: '[wat deed of zei hij of zij precies? bijv. schreeuwde „…”, gooide de stoel om]',
  },
  {
    re: /\b(?:flipte|flipt|ontplofte|ontploft|sloeg door|slaat door|draaide door|draait door|(?:sloeg|slaat|draaide|draait) (?:compleet|volledig|helemaal|totaal|echt|volkomen) door|werd hysterisch|werd gek|werd helemaal gek|ging flippen|raakte door het dolle|raakte over zijn toeren|raakte over haar toeren|(?:sloeg|slaat|ging|raakte) (?:\S+ ){0,6}?op tilt|ging (?:\S+ ){0,2}?door het plafond|schoot (?:\S+ ){0,2}?uit (?:zijn|haar|z'n) slof|verloor (?:\S+ ){0,2}?(?:zijn|haar|z'n) zelfbeheersing)\b/g,
    reason: 'Beeldspraak en oordeel: beschrijf wat u zag en hoorde.',
    suggestion: '[wat deed of zei hij of zij precies?]',
  },
  {
    re: /\b(?:maakte|maakt|schopte|schopt|trapte|trapt|maakten|schopten|trok|trekt|gaf|geeft|voerde|voert) (?:een |er een )?(?:(?:enorme|hele|flinke|grote|ware|echte|gigantische) )?(?:scene|scène|drama|toneelstuk|show|circus|kabaal|herrie|keet|stennis|rel|ophef|theater|poppenkast|toestand)(?: van)?\b/g,
    reason: 'Oordeel: beschrijf het gedrag.',
    suggestion: '[wat deed of zei hij of zij?]',
  },
  {
    re: /\b(?:stelde|stelt) (?:zich|zichzelf) (?:(?:vreselijk|enorm|nogal|erg|ontzettend|behoorlijk|flink|belachelijk|ongelooflijk|verschrikkelijk|echt|weer) )*aan\b|\b(?:overdreef|overdrijft|(?:speelde|speelt) (?:\S+ ){0,3}?toneel|speelde de vermoorde onschuld|loog|liegt|loog alles bij elkaar|draaide eromheen|zat te liegen|stond te liegen|(?:draaide|draait) (?:\S+ ){0,2}een rad voor (?:ogen|de ogen)|(?:verzint|verzon|verzonnen) (?:\S+ ){0,4}?(?:iets|verhalen|smoesjes|van alles|dingen)|(?:speelde|speelt) (?:\S+ ){0,2}?(?:vals|spelletjes|een spelletje|de baas|het slachtoffer))\b/g,
    reason: 'Oordeel over de persoon: beschrijf wat er gezegd is, letterlijk als het kan.',
    suggestion: '[wat zei hij of zij letterlijk?]',
  },
  {
    re: /\b(?:was|is|leek|bleek) (?:totaal |helemaal |compleet |echt |gewoon )?niet (?:voor rede vatbaar|aanspreekbaar|te helpen|te spreken)\b|\bniet voor rede vatbaar\b|\bviel niet mee te praten\b|\bwas niet normaal\b|\bdeed niet normaal\b/g,
    reason: 'Oordeel: beschrijf wat u probeerde en hoe de klant reageerde.',
    suggestion: '[wat zei u en wat deed of zei de klant daarop?]',
  },
  {
    // "keek mij de hele tijd vuil aan": how someone looked is read as what they meant.
    re: /\b(?:keek|kijkt|keken) (?:\S+ ){0,5}?(?:vuil|boos|kwaad|dreigend|vals|gemeen|agressief|vijandig|minachtend|arrogant|woedend|uitdagend|geringschattend|neerbuigend|spottend) (?:aan|naar)\b/g,
    reason: 'Interpretatie van een blik: beschrijf wat u zag.',
    suggestion: '[wat zag u? bijv. keek mij strak aan zonder te knipperen, fronste]',
  },
  {
    // "zat er flink doorheen", "was totaal de weg kwijt": a state guessed from outside.
    re: /(?<!\b(?:ik|wij|we)\s)\bzat(?:en)? (?:er )?(?:\S+ ){0,3}?doorheen\b|\b(?:was|is|raakte|leek|waren) (?:totaal |helemaal |compleet |echt |duidelijk |volledig )?(?:de weg|de kluts|het noorden|het spoor|de draad) (?:\S+ )?kwijt\b|\b(?:maakt|maakte|maken|maakten) (?:\S+ ){0,4}?het leven zuur\b/g,
    reason: 'Interpretatie van een toestand: beschrijf wat u zag en hoorde.',
    suggestion: '[wat zag of hoorde u? bijv. huilde, herhaalde dezelfde vraag, wist de datum niet]',
  },
  {
    re: /\b(?:zo'n|typisch zo'n|echt zo'n|zo een|dat soort|die soort|zulke) (?:type|types|mensen|klant|klanten|figuur|figuren|man|vrouw|jongen|jongens|meid|meiden|knul|gast|vent|kerel|lui|lieden|huurder|huurders|huurster|bewoner|bewoners|bewoonster|beller|bellers)\b/g,
    reason: 'Generalisatie over een groep: beschrijf deze persoon en deze gebeurtenis.',
    suggestion: '[de klant]',
  },
];

const INTENSIFIERS =
  '(?:(?:simpelweg|gewoonweg|werkelijk|heel|erg|zeer|nogal|behoorlijk|ontzettend|echt|enorm|een beetje|best|totaal|compleet|duidelijk|overduidelijk|kennelijk|blijkbaar|zichtbaar|extreem|vreselijk|ontzettend|super|bijzonder|uitermate|ronduit|gewoon|zwaar|flink|al|weer|meteen|direct|opnieuw|wat|steeds|altijd|nooit|vaak|ook|nog|meer|wel|waarschijnlijk|vermoedelijk|volgens mij|zo|te|helemaal|nog steeds|toen|daarna|ineens|opeens|plotseling|vrij|tamelijk|redelijk|enigszins|uiterst|hartstikke|knap|verschrikkelijk|verbaal|fysiek|psychisch|mentaal|geestelijk|emotioneel|volledig|totaal|wederom|standaard|volkomen|chronisch|ongelooflijk|ongelofelijk|schromelijk|belachelijk|buitengewoon|absurd|constant|continu|bijzonder|uitgesproken|werkelijk|onwijs|mega|heftig|lichtelijk|mij|me|ons)\\s+){0,4}';
const COPULA =
  '(?:was|is|werd|wordt|bleef|blijft|leek|lijkt|bleek|blijkt|raakte|raakt|deed|doet|reageerde|reageert|gedroeg zich|gedraagt zich|klonk|klinkt|keek|kijkt|kwam|komt|oogde|oogt|stelde zich|stelt zich|opstelde|opstellen|opgesteld|bleven|waren|zijn|werden|deden|gedroegen zich|geworden|geweest|was erg|voelde)';
const NOT_A_PERSON =
  /\b(?:ik|wij|we|het|dit|dat|er|situatie|gesprek|sfeer|weer|formulier|systeem|brief|wachttijd|rij|dag|ochtend|middag|kantoor|wachtruimte|ruimte|balie|lawaai|geluid|regel|regels|besluit|vraag|het gesprek|de situatie|ik zelf|mijn collega en ik)\s*(?:\S+\s+){0,1}$/;

const all = [BEHAVIOUR, EMOTION, STATE];
const COPULA_RE = new RegExp(`\\b${COPULA}\\s+${INTENSIFIERS}(${alternatives(all.flatMap((l) => l.words))})\\b`, 'g');
const ATTRIBUTIVE_RE = new RegExp(
  `\\b(?:een|de|die|deze|zo'n)\\s+${INTENSIFIERS}(?:${alternatives(all.flatMap((l) => l.words).filter((w) => w.endsWith('e') && !w.includes(' ')))})\\s+(?:klant|klanten|man|vrouw|meneer|mevrouw|jongen|meisje|jongeman|huurder|huurders|bewoner|bewoners|beller|bezoeker|cliënt|client|persoon|zoon|dochter|partner|moeder|vader|buurman|buurvrouw|type|figuur|heer|dame|vent|kerel)\\b`,
  'g',
);
const SUBORDINATE_RE = new RegExp(
  `\\b(?:hij|zij|ze|klant|man|vrouw|meneer|mevrouw|huurder|bewoner|beller|bezoeker|hem|haar)\\s+(?:\\S+\\s+){0,2}?${INTENSIFIERS}(?:${alternatives(all.flatMap((l) => l.words))})\\s+(?:was|is|werd|wordt|bleef|leek|bleek|deed|reageerde|waren|werden|geworden|geweest|overkwam|klonk)\\b`,
  'g',
);
/** The next label in a list after a judgement: ", lastig en brutaal". */
const COORDINATED_RE = new RegExp(
  `^\\s*(?:,|en|of|maar ook)\\s+${INTENSIFIERS}(${alternatives(all.flatMap((l) => l.words))})\\b`,
);
/** A label used as an adverb of what someone did: "die intimiderend naast de deur bleven staan". */
const ADVERBIAL_RE =
  /\b(?:die|hij|zij|ze)\s+(?:heel\s+|erg\s+|nogal\s+)?(?:intimiderend|dreigend|agressief|uitdagend|provocerend|brutaal|onbeschoft|vijandig)\s+(?:\S+\s+){0,4}?(?:stond|stonden|bleef|bleven|keek|keken|liep|liepen|kwam|kwamen|praatte|praatten|reageerde|reageerden|staan|lopen)\b/g;
/** Inverted word order after an adverbial ("Daarna was de klant erg agressief"). */
const INVERTED_RE = new RegExp(
  `\\b(?:was|is|werd|wordt|bleef|leek|bleek|waren|werden|reageerde|deed)\\s+(?:hij|zij|ze|meneer|mevrouw|(?:de|deze|die|haar|zijn|hun)\\s+(?:klant|man|vrouw|zoon|dochter|bewoner|bewoners|huurder|huurders|beller|bezoeker|toon|partner|buurman|buurvrouw|jongen|meneer|mevrouw))\\s+${INTENSIFIERS}(?:${alternatives(all.flatMap((l) => l.words))})\\b`,
  'g',
);
const NOUN_RE = new RegExp(
  `\\b(?:is|was|bleek|leek|blijft|bleef|werd|is gewoon|is echt|was echt|staat bekend als|stond bekend als|bekend staat als)\\s+(?:gewoon\\s+|gewoonweg\\s+|simpelweg\\s+|werkelijk\\s+|ronduit\\s+|echt\\s+|duidelijk\\s+|een bekende\\s+|altijd al\\s+|al jaren\\s+)*(?:een|de)\\s+(?:[a-z]+e\\s+){0,2}(?:${alternatives(LABEL_NOUNS.words)})\\b|\\b(?:een|die|deze|de|typische|typisch|echte|notoire|bekende)\\s+(?:echte\\s+|typische\\s+|bekende\\s+|notoire\\s+)?(?:querulant|lastpak|lastpost|zeurpiet|probleemgeval|probleemklant|notoire klager|herrieschopper|ruziezoeker|raddraaier|heethoofd|aansteller|dramaqueen|klaagster|driftkikker|driftkop|ruziemaker|wanbetaler|simulant)\\b`,
  'g',
);
/** A label noun in apposition: "Betrokkene, een beruchte querulant, maakt…". */
const APPOSITION_RE = new RegExp(
  `(?<=,\\s)(?:een|de)\\s+(?:[a-z]+e\\s+){0,2}(?:${alternatives(LABEL_NOUNS.words)})(?=\\s*,)`,
  'g',
);
/** A guess at drug or alcohol use stated as a fact: "volgens mij gebruikte hij harddrugs", "had gedronken". */
const SUBSTANCE_RE =
  /\b(?:gebruikte|gebruikt|snoof|rookte|spoot|had gedronken|had gebruikt|zat onder de|was aan het) (?:\S+ ){0,3}?(?:drugs|harddrugs|softdrugs|coke|cocaine|heroine|speed|xtc|wiet|crack|ghb|drank|alcohol|pillen|dope)\b|\b(?:had|heeft) (?:\S+ ){0,2}?(?:gedronken|gebruikt|gesnoven|geblowd)\b/g;
const STATE_FREE_RE =
  /\b(?:(?:duidelijk|overduidelijk|kennelijk|blijkbaar|zichtbaar|waarschijnlijk|vermoedelijk|vast|zeker|volgens mij|zo te zien|ongetwijfeld)\s+)(?:onder invloed|dronken|stoned|high|aangeschoten|verward|psychotisch|in de war|van de drugs|aan de drugs|aan de drank)\b/g;
const GENERALISATION_RE =
  /\b(?:hij|zij|ze|de klant|meneer|mevrouw|deze klant|die klant|de man|de vrouw|de huurder|de bewoner|hun zoon|haar zoon|zijn vrouw|(?:de|deze|die) (?:client|cliente|huurster|bewoonster|beller|bezoeker|aanvrager|heer|dame|buurman|buurvrouw))\s+(?:\S+\s+){0,2}?(?:altijd|nooit|steeds weer|telkens weer|elke keer weer|iedere keer weer)\b/g;

/** "nooit tevreden", "altijd ontevreden": a generalisation about the person without a subject before it. */
const ALWAYS_ADJECTIVE_RE =
  /\b(?:altijd|nooit)\s+(?:tevreden|ontevreden|blij|eens|rustig|beleefd|vriendelijk|aardig|eerlijk|op tijd|te vreden|content|dankbaar|bereid|akkoord)\b/g;
/** "een querulant die elke beslissing aanvecht": a relative clause about a person that generalises. */
const RELATIVE_GENERALISATION_RE = new RegExp(
  `\\b(?:${alternatives([...LABEL_NOUNS.words, 'klant', 'huurder', 'huurster', 'bewoner', 'bewoonster', 'meneer', 'mevrouw', 'man', 'vrouw', 'beller', 'bezoeker', 'cliente', 'client', 'type'])})\\s+die\\s+((?:\\S+\\s+){0,2}?(?:altijd|nooit|elke|ieder|iedere|overal|steeds|telkens)\\b[^,.;:!?]*)`,
  'g',
);
/** ", wel erg kortaf": the second half of a contrast that drops the verb of the first. */
const CONTRAST_LABEL_RE = new RegExp(
  `[,;]\\s*(?:maar\\s+)?wel\\s+${INTENSIFIERS}(?:${alternatives(all.flatMap((l) => l.words))})\\b`,
  'g',
);

const GENERALISATION_REASON =
  'Generalisatie (“altijd/nooit”): beschrijf deze keer, en eerdere keren met datum als u die weet.';

/** "lastig te verstaan", "moeilijk bereikbaar", "vervelend genoeg": the adjective is not about the person. */
const ABOUT_SOMETHING_ELSE =
  /^\s+(?:te\s+\S+|om\s+te\b|bereikbaar|verstaanbaar|te verstaan|genoeg|voor\s+(?:mij|ons|hem|haar|iedereen))/;

const CLASSIFIERS: [RegExp, Label][] = [STATE, EMOTION, BEHAVIOUR].map((l) => [
  new RegExp(`\\b(?:${alternatives(l.words)})\\b`),
  l,
]);

function classify(text: string): Label {
  for (const [re, label] of CLASSIFIERS) if (re.test(text)) return label;
  return BEHAVIOUR;
}

export function findJudgements(text: string, folded: string, quotes: readonly Span[]): Judgement[] {
  const found: Judgement[] = [];
  const add = (span: Span, reason: string, suggestion: string) => {
    if (insideAny(span, quotes)) return;
    if (found.some((f) => f.start < span.end && span.start < f.end)) return;
    found.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), reason, suggestion });
  };
  const personSubject = (s: Span) => !NOT_A_PERSON.test(folded.slice(Math.max(0, s.start - 30), s.start));
  const notNegated = (s: Span) =>
    !/\b(?:niet|geen|nooit)\s+(?:\S+\s+)?$/.test(folded.slice(s.start, s.end).replace(/\S+$/, '')) &&
    !/\bniet\s*$/.test(folded.slice(Math.max(0, s.start - 6), s.start));

  for (const m of matchAll(STATE_FREE_RE, folded)) add(m, STATE.reason, STATE.suggestion);
  for (const m of matchAll(SUBSTANCE_RE, folded)) add(m, STATE.reason, STATE.suggestion);
  for (const m of matchAll(NOUN_RE, folded)) add(m, LABEL_NOUNS.reason, LABEL_NOUNS.suggestion);
  for (const m of matchAll(APPOSITION_RE, folded)) add(m, LABEL_NOUNS.reason, LABEL_NOUNS.suggestion);
  for (const m of matchAll(COPULA_RE, folded)) {
    // A label that holds its own negation ("niet in orde") is negated only by a second one before it.
    const ownNegation = /^(?:niet|geen)\s/.test(m.match[1] as string);
    const negated = ownNegation
      ? /\b(?:niet|geen|nooit)\b/.test(folded.slice(m.start, m.end - (m.match[1] as string).length))
      : !notNegated(m);
    if (!personSubject(m) || negated || ABOUT_SOMETHING_ELSE.test(folded.slice(m.end, m.end + 30))) continue;
    const label = classify(folded.slice(m.start, m.end));
    // "is altijd lastig": a label and a generalisation at once; the reason says both.
    const general = /\b(?:altijd|nooit|steeds|telkens)\b/.test(folded.slice(m.start, m.end));
    add(m, general ? `${label.reason} ${GENERALISATION_REASON}` : label.reason, label.suggestion);
    // "was arrogant en neerbuigend": every label in the list is a judgement of its own.
    let at = m.end;
    for (let next = COORDINATED_RE.exec(folded.slice(at)); next; next = COORDINATED_RE.exec(folded.slice(at))) {
      const span = { start: at + next.index + (next[0].length - (next[1] as string).length), end: at + next[0].length };
      const coordinated = classify(folded.slice(span.start, span.end));
      add(span, coordinated.reason, coordinated.suggestion);
      at = span.end;
    }
  }
  for (const m of matchAll(INVERTED_RE, folded)) {
    if (!notNegated(m)) continue;
    const label = classify(folded.slice(m.start, m.end));
    add(m, label.reason, label.suggestion);
  }
  for (const m of matchAll(ADVERBIAL_RE, folded)) {
    const word = /(?:intimiderend|dreigend|agressief|uitdagend|provocerend|brutaal|onbeschoft|vijandig)/.exec(
      folded.slice(m.start, m.end),
    );
    const span = word ? { start: m.start + word.index, end: m.start + word.index + word[0].length } : m;
    add(span, BEHAVIOUR.reason, BEHAVIOUR.suggestion);
  }
  for (const m of matchAll(SUBORDINATE_RE, folded)) {
    if (!notNegated(m)) continue;
    // The judgement is the adjective and its verb, not the subject before it.
    const inner = new RegExp(`${INTENSIFIERS}(?:${alternatives(all.flatMap((l) => l.words))})\\s+\\S+$`).exec(
      folded.slice(m.start, m.end),
    );
    const span = inner ? { start: m.start + inner.index, end: m.end } : m;
    add(
      span,
      classify(folded.slice(span.start, span.end)).reason,
      classify(folded.slice(span.start, span.end)).suggestion,
    );
  }
  for (const m of matchAll(ATTRIBUTIVE_RE, folded)) {
    const label = classify(folded.slice(m.start, m.end));
    add(m, label.reason, label.suggestion);
  }
  for (const intent of INTENT) for (const m of matchAll(intent.re, folded)) add(m, intent.reason, intent.suggestion);
  for (const m of matchAll(CONTRAST_LABEL_RE, folded)) {
    const span = { start: m.start + (/\bwel\b/.exec(folded.slice(m.start, m.end))?.index ?? 0), end: m.end };
    const label = classify(folded.slice(span.start, span.end));
    add(span, label.reason, label.suggestion);
  }
  for (const m of matchAll(RELATIVE_GENERALISATION_RE, folded)) {
    const clause = (m.match[1] as string).replace(/\s+(?:en|maar)\s+.*$/, '').trimEnd();
    const start = m.end - (m.match[1] as string).length;
    // A judgement of its own next to the label before it ("zo'n klant" + "die altijd wat te klagen heeft").
    add({ start, end: start + clause.length }, GENERALISATION_REASON, '[deze keer; eerder op (datum)]');
  }
  for (const m of matchAll(ALWAYS_ADJECTIVE_RE, folded))
    add(m, GENERALISATION_REASON, '[deze keer; eerder op (datum)]');
  for (const m of matchAll(GENERALISATION_RE, folded)) {
    const word = /(altijd|nooit|steeds weer|telkens weer|elke keer weer|iedere keer weer)$/.exec(
      folded.slice(m.start, m.end),
    );
    if (!word) continue;
    const start = m.end - (word[0] as string).length;
    add({ start, end: m.end }, GENERALISATION_REASON, '[deze keer; eerder op (datum)]');
  }
  return found.sort((a, b) => a.start - b.start);
}
