import { isFigurative, isNegated, isReported } from './context.js';
import { matchAll, type Span, sentences } from './text.js';

/**
 * Threat patterns on folded text (lower case, no diacritics). A threat is a statement that the speaker (or
 * people they send) will harm the employee, a colleague, their family or property, including veiled threats
 * ("je weet niet wat je te wachten staat", "ik weet waar je woont"). Complaints, lawyers and the press are
 * legitimate pressure, not threats. Conditional threats ("als…, dan sla ik je") are threats.
 */

const YOU = '(?:je|jou|jij|u|jullie)';
const YOUR = '(?:je|jouw|uw|jullie)';
const GAP = (n: number) => `(?:\\S+\\s+){0,${n}}?`;
const HARM =
  '(?:slaan|vermoorden|afmaken|doodmaken|doodslaan|neersteken|steken|neerschieten|schieten|pakken|grijpen|raken|trappen|schoppen|wurgen|kapot\\s?maken|kapotslaan|opwachten|opzoeken|vinden|halen|te grazen nemen|een klap geven|een lesje leren|in elkaar (?:slaan|trappen|rammen|timmeren)|(?:iets|wat) aandoen|pijn doen|te pakken krijgen|weten te vinden|laten boeten|afknallen|neerknallen|omleggen|verrot slaan|grijpen|mollen|afmaken)';
const PEOPLE = '(?:broers|neven|vrienden|maten|jongens|familie|mannen|zonen|ooms|vriendjes)';
const WEAPON = '(?:mes|messen|wapen|pistool|knuppel|honkbalknuppel|bijl|vuurwapen|hamer|schroevendraaier)';

interface ThreatPattern {
  re: RegExp;
  /** The pattern itself contains a negation ("je weet niet wat…"): do not read it as a negated threat. */
  negationInside?: boolean;
}

const p = (source: string, negationInside = false): ThreatPattern => ({
  re: new RegExp(source, 'g'),
  negationInside,
});

export const THREAT_PATTERNS: readonly ThreatPattern[] = [
  // Future violence against the listener: "ik ga je slaan", "we zullen jullie wel vinden".
  p(`\\b(?:ik|we|wij)\\s+(?:ga|gaan|zal|zullen|kom|komen|wil|wou)\\s+${YOU}\\s+${GAP(4)}${HARM}\\b`),
  // Inverted after "dan/anders/straks": "dan sla ik je", "anders maak ik je af".
  p(
    `\\b(?:sla|steek|schiet|trap|schop|pak|grijp|wurg|vermoord|breek|knal|ram|mep|sloop|gooi|duw|smijt)\\s+(?:ik|we)\\s+(?:${YOU}|hem|haar|die)\\b`,
  ),
  p(
    `\\b(?:maak|sla|trap)\\s+(?:ik|we)\\s+(?:${YOU}|hem|haar|die)\\s+${GAP(2)}(?:af|kapot|dood|koud|lens|verrot|in elkaar)\\b`,
  ),
  // Present tense used as future: "ik sla je", "ik maak je af", "ik pak je wel".
  p(`\\b(?:ik|we)\\s+(?:sla|steek|schiet|trap|schop|wurg|vermoord|knal|ram|mep|sloop)\\s+${YOU}\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:gooi|duw|smijt)\\s+${YOU}\\s+${GAP(2)}(?:van de trap|door de ruit|eruit|tegen de grond|naar buiten|het raam uit|omver)\\b`,
  ),
  p(
    `\\b(?:ik|we)\\s+(?:gooi|gooien)\\s+${GAP(2)}(?:steen|baksteen|stenen|tegel|fles)\\s+${GAP(1)}(?:door|tegen|in)\\s+(?:je|jouw|uw|de)\\s+(?:ruit|raam|ramen|ruiten|auto|deur)\\b`,
  ),
  p(
    `\\b(?:ik|we)\\s+(?:maak|maken|sla|trap)\\s+(?:${YOU}|hem|haar|die\\s+\\S+)\\s+${GAP(6)}(?:af|kapot|dood|koud|lens|verrot|in elkaar)\\b`,
  ),
  p(`\\b(?:ik|we)\\s+(?:pak|krijg|vind|grijp)\\s+${YOU}\\s+(?:wel|nog|straks|buiten|later|te pakken|ooit)\\b`),
  p(
    `\\bom\\s+${YOU}\\s+${GAP(3)}te\\s+(?:slaan|wurgen|vermoorden|schoppen|trappen|steken|grijpen|pakken|meppen|raken)\\b`,
  ),
  p(`\\b(?:ik|we)\\s+(?:zou|zouden|kan|kon|kunnen)\\s+${YOU}\\s+${GAP(3)}(?:kunnen\\s+)?${HARM}\\b`),
  p(
    `\\b(?:in elkaar geslagen|neergestoken|neergeslagen|aangevallen|geslagen|gestoken)\\b.{0,40}?\\b(?:doe|zal|kan)\\s+(?:ik\\s+)?(?:het|dat)\\s+(?:zo\\s+|zomaar\\s+|gerust\\s+|makkelijk\\s+)?(?:weer|nog een keer|opnieuw)\\b`,
  ),
  p(
    `\\b(?:staan|komen|zijn)\\s+(?:we|wij|ze|mijn\\s+\\S+)\\s+(?:hier\\s+|terug\\s+|weer\\s+)*met\\s+(?:\\S+\\s+)?(?:man|mannen|jongens|vrienden|neven|broers)\\b`,
  ),
  p(`\\b(?:moet|moeten|kan|kunnen)\\s+(?:\\S+\\s+)?maar\\s+(?:oppassen|uitkijken|opletten)\\b`),
  p(
    `\\bik\\s+weet\\s+(?:precies\\s+|heus\\s+|ook\\s+)?(?:welke|waar)\\s+(?:auto|fiets|school|scooter|straat|huis|kinderen)\\s+(?:${YOU}|hij|ze|zij)\\b`,
  ),
  p(
    `\\bik\\s+weet\\s+(?:precies\\s+|heus\\s+|heel goed\\s+|ook\\s+)?(?:waar|hoe laat|wanneer)\\s+(?:hij|ze|zij)\\s+(?:woont|werkt|naar huis|klaar|uit)\\b`,
  ),
  p(`\\b(?:ben|is)\\s+(?:je|jij|u)\\s+(?:er\\s+)?(?:geweest|dood|de klos|de lul|de sjaak|het haasje|zuur)\\b`),
  p(
    `\\b(?:dat|voordat|als|tot|zodat|voor|anders)\\s+(?:ik|we)\\s+${YOU}\\s+${GAP(3)}(?:sla|steek|schiet|trap|schop|wurg|vermoord|aandoe|afmaak|in elkaar sla|kapot maak|dood maak|neersteek|iets aandoe|wat aandoe)\\b`,
  ),
  p(`\\b(?:ik|we)\\s+${GAP(2)}${YOU}\\s+${GAP(2)}(?:weet|weten|zal|zullen)\\s+(?:te\\s+)?vinden\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:sta|staan|wacht|wachten)\\s+${GAP(5)}(?:bij|voor|naast|aan)\\s+(?:(?:je|jouw|uw)\\s+(?:auto|deur|huis|fiets|werk|scooter)|de\\s+(?:personeelsingang|achterdeur|parkeerplaats|uitgang))\\b`,
  ),
  p(`\\b(?:sta|wacht)\\s+ik\\s+${GAP(3)}(?:bij|voor|naast)\\s+(?:je|jouw|uw)\\s+(?:auto|deur|huis|fiets|scooter)\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:wacht|wachten)\\s+${GAP(2)}(?:tot|totdat)\\s+${YOU}\\s+${GAP(3)}(?:klaar|uit|vrij|naar huis|buiten)\\b`,
  ),
  p(`\\bdan\\s+(?:praten|spreken)\\s+we\\s+(?:wel\\s+)?(?:anders|op een andere manier)\\b`),
  p(
    `\\b(?:ik|we|mijn\\s+\\S+|ze)\\s+(?:kom|komen|ga|gaan|laat|laten)\\s+${GAP(5)}(?:bij\\s+(?:je|jou|jouw|uw)\\s+(?:aan de deur|thuis|moeder|vader|kinderen|vrouw|man|familie|ouders|huis)|langs(?:komen)?\\s+bij\\s+(?:(?:je|jouw|uw)\\s+(?:moeder|vader|kinderen|vrouw|man|familie|ouders|huis|thuis)|jou)|aan\\s+(?:je|jouw|uw)\\s+deur)\\b`,
  ),
  p(`\\b(?:hoeft|hoef)\\s+niet\\s+te\\s+denken\\s+dat\\s+${YOU}\\s+(?:hier\\s+|nog\\s+)?veilig\\b`, true),
  p(
    `\\b${YOU}\\s+(?:bent|is|zijn)\\s+(?:hier\\s+|nergens\\s+|nog\\s+)*(?:niet|nergens)\\s+(?:meer\\s+)?veilig\\b`,
    true,
  ),
  p(`\\b${YOUR}\\s+dagen\\s+(?:hier\\s+)?(?:zijn|zijn hier)\\s+geteld\\b`),
  p(`\\bweet\\s+${YOU}\\s+niet\\s+meer\\s+hoe\\s+${YOU}\\s+heet\\b`, true),
  p(`\\b${YOU}\\s+(?:eens\\s+)?een\\s+(?:lesje|lesje leert|lesje geeft)\\s*(?:leert|leren|geeft|geven)?\\b`),
  p(`\\bwat\\s+er\\s+met\\s+${YOU}\\s+(?:gaat\\s+)?gebeur(?:t|en)\\b`),
  p(`\\b(?:kan|kunnen)\\s+maar\\s+beter\\s+${GAP(2)}(?:beveiligd|oppassen|uitkijken|voorzichtig)\\b`),
  p(`\\bzorg\\s+(?:maar\\s+|er\\s+maar\\s+(?:voor\\s+)?)?dat\\s+${YOU}\\s+niet\\s+alleen\\b`, true),
  p(`\\b(?:iets|wat)\\s+met\\s+${YOU}\\s+(?:gaat\\s+)?gebeur(?:t|en)\\b`),
  p(`\\b(?:ik zou|zou ik)\\s+(?:\\S+\\s+){0,2}?(?:oppassen|uitkijken|opletten)\\b`),
  p(`\\bniet\\s+(?:meer\\s+)?om\\s+te\\s+(?:praten|kletsen)\\b`, true),
  p(`\\b(?:ik|we)\\s+(?:weet|weten)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?te\\s+vinden\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:kom|komen|ga|gaan|sta|staan)\\s+${GAP(5)}(?:naar|bij|voor|aan)\\s+(?:je|jouw|uw)\\s+(?:huis|thuis|deur|stoep|adres|woning|flat)\\b`,
  ),
  p(`\\b(?:bij|voor)\\s+(?:je|jou|u)\\s+(?:thuis|op de stoep|aan de deur|voor de deur)\\b`),
  // "je bent dood", "je gaat eraan".
  p(`\\b${YOU}\\s+(?:bent|is|zijn)\\s+(?:er\\s+)?(?:zo goed als\\s+)?(?:dood|de klos|geweest|er geweest|de sjaak)\\b`),
  p(`\\b${YOU}\\s+(?:gaat|gaan)\\s+(?:er\\s?aan|eraan|dood|nog dood)\\b`),
  // "dat ga je merken", "je krijgt spijt", "u zult het nog zien".
  p(
    `\\b(?:dat|dit)\\s+(?:ga|gaat|zal|zul|zult)\\s+(?:je|jij|u|jullie)\\s+(?:nog\\s+|echt\\s+|wel\\s+)*(?:merken|voelen|bezuren|berouwen|betreuren|weten|zien)\\b`,
  ),
  p(
    `\\b${YOU}\\s+(?:krijgt|krijgen|zal|zult|gaat|gaan)\\s+(?:hier\\s+|daar\\s+|er\\s+)?(?:nog\\s+|echt\\s+)*(?:spijt|berouw)\\b`,
  ),
  p(
    `\\b${YOU}\\s+(?:zal|zult|zullen|gaat|gaan)\\s+(?:het\\s+)?(?:nog\\s+)?(?:wel\\s+)?(?:zien|merken|voelen|meemaken|bezuren)\\b`,
  ),
  // Veiled: what awaits you, who you are dealing with.
  p(
    `\\b(?:${YOU}\\s+(?:weet|weten)\\s+(?:echt\\s+|nog\\s+)?niet\\s+)?wat\\s+${YOU}\\s+(?:nog\\s+)?te wachten staat\\b`,
    true,
  ),
  p(`\\b(?:geen idee|niet|weet\\s+${YOU}\\s+wel)\\s+(?:\\S+\\s+){0,2}met wie\\s+${YOU}\\s+te maken\\b`, true),
  p(
    `\\bik\\s+weet\\s+(?:precies\\s+|heus\\s+|heel goed\\s+|ook\\s+|allang\\s+)?(?:waar|hoe laat|wanneer|welke)\\s+(?:${YOU}|${YOUR})\\s+${GAP(3)}(?:woont|woon|wonen|werkt|werk|naar huis|slaapt|kinderen|kind|vrouw|man|dochter|zoon|auto|fiets|school|staat|parkeert|huis|uit|klaar)\\b`,
  ),
  p(`\\bik\\s+weet\\s+(?:${YOUR})\\s+(?:adres|huis|kenteken|woonadres)\\b`),
  p(`\\b(?:ik|we)\\s+(?:wacht|wachten|sta|staan)\\s+${YOU}\\s+${GAP(4)}op(?: te wachten)?\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:kom|komen)\\s+${YOU}\\s+${GAP(3)}(?:halen|opzoeken|bezoeken|thuis|achterna|wel\\s+(?:even\\s+)?(?:tegen|vinden))\\b`,
  ),
  p(
    `\\b(?:ik|we)\\s+(?:kom|komen)\\s+(?:terug|langs)\\s+met\\s+(?:mijn|m'n|een|de)\\s+${GAP(1)}(?:${PEOPLE}|${WEAPON})\\b`,
  ),
  p(
    `\\b(?:ik|we)\\s+(?:neem|nemen|breng|brengen)\\s+(?:mijn|m'n|een|de)\\s+${GAP(1)}(?:${PEOPLE}|${WEAPON})\\s+${GAP(2)}mee\\b`,
  ),
  p(`\\b(?:ik heb|heb ik|ik draag)\\s+(?:een|mijn|m'n)\\s+${WEAPON}\\b`),
  p(`\\b(?:mijn|m'n)\\s+${PEOPLE}\\s+(?:komen|zullen|gaan|weten)\\s+${GAP(3)}(?:langs|${YOU}|halen|vinden|regelen)\\b`),
  p(`\\bik\\s+(?:ken|heb)\\s+(?:\\S+\\s+)?(?:mensen|jongens|types|lui|vrienden|neven)\\s+die\\b`),
  // Property: "ik steek de boel in de fik", "ik sla hier alles kapot", "je auto staat er morgen niet meer".
  p(`\\b(?:ik|we)\\s+(?:steek|steken|zet|zetten)\\s+${GAP(3)}(?:in de fik|in brand|in de hens)\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:sloop|slopen|sla|slaan|gooi|gooien|trap|trappen|maak|maken|ram|rammen)\\s+${GAP(3)}(?:kort en klein|kapot|aan gort|aan diggelen|in puin|door de ruit|de ruiten? in)\\b`,
  ),
  p(
    `\\b${YOUR}\\s+(?:auto|fiets|huis|ruit|ruiten|scooter|brommer)\\s+${GAP(3)}(?:eraan|kapot|in de fik|niet meer heel|morgen niet meer)\\b`,
  ),
  // Veiled: accidents, blows, luck.
  p(
    `\\b(?:gaan|gebeuren|vallen|komen)\\s+(?:hier\\s+|er\\s+|dan\\s+|nog\\s+)*(?:ongelukken|klappen|rake klappen|doden|gewonden|ongelukjes)\\b`,
  ),
  p(`\\b(?:ongelukken|klappen|ongelukjes)\\s+(?:gaan\\s+)?(?:gebeuren|vallen)\\b`),
  p(`\\b(?:pas|kijk|let)\\s+(?:jij\\s+|u\\s+|je\\s+|jullie\\s+)?maar\\s+(?:op|uit)\\b`),
  p(`\\b(?:ik zou|zou ik)\\s+(?:\\S+\\s+)?maar\\s+(?:oppassen|uitkijken|opletten)\\b`),
  p(`\\bwacht\\s+(?:jij\\s+|u\\s+|jullie\\s+)?maar(?:\\s+af|\\s+tot|\\s+totdat|\\s+eens|\\s*$|\\s*[!.,])`),
  p(
    `\\b(?:zonde|jammer|vervelend)\\s+(?:\\S+\\s+){0,2}als\\s+(?:er\\s+)?${GAP(5)}(?:iets|wat)\\s+(?:overkomt|gebeurt|zou)\\b`,
  ),
  p(
    `\\b${YOUR}\\s+(?:kinderen|vrouw|man|dochter|zoon|familie|kind|kids|gezin)\\s+${GAP(5)}(?:iets|wat)\\s+(?:overkomt|gebeurt|aandoe)\\b`,
  ),
  p(`\\b(?:dit|dat)\\s+(?:loopt|gaat|zal)\\s+${GAP(2)}(?:slecht|niet goed|verkeerd|slecht)\\s+${GAP(3)}af\\b`, true),
  p(`\\b(?:dit|dat)\\s+(?:gaat|zal)\\s+${YOU}\\s+${GAP(2)}(?:duur|zuur)\\s+(?:komen te staan|opbreken)\\b`),
  p(
    `\\bgeluk dat\\s+(?:er\\s+)?${GAP(4)}(?:balie|glas|ruit|scherm|camera|camera's|beveiliging|bewaker|beveiliger|collega's|mensen|politie)\\b`,
  ),
  p(`\\bik zeg niet dat\\b.{0,80}?\\bmaar\\b`, true),
  p(`\\b(?:ik|we)\\s+(?:zal|zullen|ga|gaan)\\s+${YOUR}\\s+leven\\s+(?:zuur|kapot|tot een hel|een hel)\\b`),
  p(`\\b(?:ik|we)\\s+(?:maak|maken)\\s+${YOUR}\\s+leven\\s+(?:zuur|kapot|tot een hel|een hel)\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:zet|zetten|gooi|gooien|post|posten|deel|delen|plaats|plaatsen)\\s+${YOUR}\\s+(?:naam|foto|gezicht|adres|smoel|kop|kop|gegevens|hoofd)\\b`,
  ),
  p(`\\bvolgende (?:keer|week)\\s+${GAP(3)}(?:neem|breng|kom|sla|pak|ram)\\s+ik\\b`),
  p(
    `\\b(?:ik|we)\\s+(?:zorg|zorgen)\\s+(?:er\\s+)?(?:wel\\s+)?(?:voor\\s+)?dat\\s+${YOU}\\s+${GAP(3)}(?:niet meer|nooit meer)\\s+${GAP(2)}(?:thuiskomt|thuis komt|kan lopen|veilig|rustig slaapt)\\b`,
    true,
  ),
];

/**
 * Threats that no phrase above knows, found from their parts within one clause: the speaker ("ik", "we") and a
 * violent act ("breek", "snijd", "pijn", "kop eraf") against "je/jou/u/jullie/iemand"; or a consequence for the
 * listener that needs no speaker ("je komt er niet levend vanaf", "straks lig jij in het ziekenhuis", "een
 * baksteen door jullie ruit"). Past events ("hij heeft me in elkaar geslagen") and the speaker's own body ("ik
 * breek me het hoofd") have no listener as target and do not count.
 */
const VIOLENCE =
  /\b(?:sla|slaan|steek|steken|schiet|schieten|vermoord|vermoorden|doodmaken|doodslaan|breek|breken|snijd|snijden|wurg|wurgen|trap|trappen|schop|schoppen|ram|rammen|mep|meppen|pijn|aandoen|aandoe|afmaken|in elkaar|verrot|kapot|botten|nek|keel|kop eraf|hoofd eraf|tanden|hersens|overhoop|neer)\b/;
const SPEAKER = /\b(?:ik|we|wij)\b/;
const LISTENER = /\b(?:je|jou|jij|u|jullie|iemand|jullie allemaal)\b/;
const CONSEQUENCE =
  /\b(?:(?:niet\s+)?levend|heelhuids|(?:in|naar)\s+het\s+ziekenhuis|(?:bak)?steen\s+(?:\S+\s+){0,2}door|(?:in|op)\s+de\s+(?:eerste hulp|intensive care))\b/;
const PAST = /\b(?:heeft|hebben|heb|hebt|had|hadden)\b(?:\s+\S+){0,5}\s+(?:ge\S+|in elkaar \S+)\b/;
const IDIOM =
  /\b(?:plank\s+(?:\S+\s+)?mis|breek\s+(?:me|mijn)\s+het\s+hoofd|pijn\s+in\s+(?:mijn|m'n)|kapot\s+van|doodmoe|doodziek|dood\s*op|ik\s+(?:sla|steek)\s+(?:\S+\s+)?over|neer\s*(?:zetten|leggen|zitten)|zet\s+(?:\S+\s+)?neer|kapot(?:\s+\S+){0,2}\s+(?:is|zijn|gegaan)|(?:is|zijn|staat|was)\s+kapot)\b/;

function findStructuralThreats(folded: string): Span[] {
  const found: Span[] = [];
  for (const sentence of sentences(folded)) {
    let at = sentence.start;
    for (const clause of folded.slice(sentence.start, sentence.end).split(/(?<=[,:])|\s(?=en\s+dan\b|maar\b|als\b)/)) {
      const span = { start: at, end: at + clause.length };
      at += clause.length;
      if (IDIOM.test(clause) || PAST.test(clause) || !LISTENER.test(clause)) continue;
      if ((VIOLENCE.test(clause) && SPEAKER.test(clause)) || CONSEQUENCE.test(clause)) found.push(span);
    }
  }
  return found;
}

const CAUTION_ABOUT_A_THING =
  /^\s+(?:met|voor|bij)\s+(?:de|die|het|dat|deze|dit|uw|je|jouw)\s+(?:natte|gladde|trap|trappen|vloer|drempel|deur|stap|auto|fiets|hond|kat|stoep|weg|tas|spullen|papieren|gegevens|wachtwoord|code|pincode|oplichters|nepmail|e-mail|mail|brief|telefoon)\b/;

export interface ThreatFinding extends Span {
  status: 'threat' | 'negated' | 'reported';
}

/** Every threat pattern match with its status; overlapping matches are merged into the first. */
export function findThreats(folded: string, skip: readonly Span[] = []): ThreatFinding[] {
  const found: ThreatFinding[] = [];
  for (const pattern of THREAT_PATTERNS) {
    for (const m of matchAll(pattern.re, folded)) {
      if (skip.some((s) => s.start < m.end && m.start < s.end)) continue;
      if (found.some((f) => f.start < m.end && m.start < f.end)) continue;
      // "pas maar op met die natte vloer": a warning about a thing, not a threat.
      if (CAUTION_ABOUT_A_THING.test(folded.slice(m.end, m.end + 40))) continue;
      let status: ThreatFinding['status'] = 'threat';
      if (isNegated(folded, m, pattern.negationInside ?? false)) status = 'negated';
      else if (isReported(folded, m) || isFigurative(folded, m)) status = 'reported';
      found.push({ start: m.start, end: m.end, status });
    }
  }
  for (const clause of findStructuralThreats(folded)) {
    if (skip.some((s) => s.start < clause.end && clause.start < s.end)) continue;
    if (found.some((f) => f.start < clause.end && clause.start < f.end)) continue;
    const trimmed = trimSpan(folded, clause);
    // "niet levend", "niet heelhuids" are the threat itself, not its negation.
    const negationInside = /\bniet\s+(?:levend|heelhuids)\b/.test(folded.slice(trimmed.start, trimmed.end));
    let status: ThreatFinding['status'] = 'threat';
    if (
      isNegated(folded, trimmed, negationInside) ||
      /\b(?:niemand|nergens)\b/.test(folded.slice(trimmed.start, trimmed.end))
    )
      status = 'negated';
    else if (isReported(folded, trimmed) || isFigurative(folded, trimmed)) status = 'reported';
    found.push({ ...trimmed, status });
  }
  return found.sort((a, b) => a.start - b.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:]/.test(text[start] as string)) start++;
  while (end > start && /[\s,:.!?]/.test(text[end - 1] as string)) end--;
  return { start, end };
}
