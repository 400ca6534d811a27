import { isFigurative, isHypothetical, isNegated, isReported, sentenceOf } from './context.js';
import { quoteSpans } from './quotes.js';
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
  /**
   * A veiled consequence ("dan zie je wel wat er gebeurt") that is legitimate pressure when the same sentence
   * names a legitimate means ("ik neem een advocaat, dan zie je wel wat er gebeurt").
   */
  veiled?: boolean;
}

const p = (source: string, negationInside = false, veiled = false): ThreatPattern => ({
  re: new RegExp(source, 'g'),
  negationInside,
  veiled,
});

/** Veiled: the pattern is a consequence or a warning whose meaning depends on what else the sentence says. */
const v = (source: string, negationInside = false): ThreatPattern => p(source, negationInside, true);

/** Complaints, lawyers, court, press, ombudsman: legitimate pressure on the organisation (LABELLING.md). */
export const LEGITIMATE =
  /\b(?:klacht|advocaat|advocate|rechter|rechtszaal|rechtbank|juridisch\w*|ombudsman|huurcommissie|krant|media|pers|journalist\w*|politie|aangifte|wethouder|raadslid|geschillencommissie)\b/;

/** Subject and finite verb in either order: "ik kom" and "(dan) kom ik". */
const SV = (verbs: string) => `(?:(?:ik|we|wij)\\s+(?:${verbs})|(?:${verbs})\\s+(?:ik|we|wij))`;

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
  p(`\\b(?:ik|we|wij)\\s+(?:sla|steek|schiet|trap|schop|wurg|vermoord|knal|ram|mep|sloop)\\s+${YOU}\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:gooi|duw|smijt)\\s+${YOU}\\s+${GAP(2)}(?:van de trap|door de ruit|eruit|tegen de grond|naar buiten|het raam uit|omver)\\b`,
  ),
  p(
    `\\b(?:ik|we|wij)\\s+(?:gooi|gooien)\\s+${GAP(2)}(?:steen|baksteen|stenen|tegel|fles)\\s+${GAP(1)}(?:door|tegen|in)\\s+(?:je|jouw|uw|de)\\s+(?:ruit|raam|ramen|ruiten|auto|deur)\\b`,
  ),
  p(
    `\\b(?:ik|we|wij)\\s+(?:maak|maken|sla|trap)\\s+(?:${YOU}|hem|haar|die\\s+\\S+)\\s+${GAP(6)}(?:af|kapot|dood|koud|lens|verrot|in elkaar)\\b`,
  ),
  p(`\\b(?:ik|we|wij)\\s+(?:pak|krijg|vind|grijp)\\s+${YOU}\\s+(?:wel|nog|straks|buiten|later|te pakken|ooit)\\b`),
  p(
    `\\bom\\s+${YOU}\\s+${GAP(3)}te\\s+(?:slaan|wurgen|vermoorden|schoppen|trappen|steken|grijpen|pakken|meppen|raken)\\b`,
  ),
  p(`\\b(?:ik|we|wij)\\s+(?:zou|zouden|kan|kon|kunnen)\\s+${YOU}\\s+${GAP(3)}(?:kunnen\\s+)?${HARM}\\b`),
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
  p(
    `\\b(?:ben|is)\\s+(?:je|jij|u)\\s+(?:er\\s+|dr\\s+|d'r\\s+)?(?:geweest|dood|de klos|de lul|de sjaak|het haasje|zuur)\\b`,
  ),
  p(
    `\\b(?:dat|voordat|als|tot|zodat|voor|anders)\\s+(?:ik|we)\\s+${YOU}\\s+${GAP(3)}(?:sla|steek|schiet|trap|schop|wurg|vermoord|aandoe|afmaak|in elkaar sla|kapot maak|dood maak|neersteek|iets aandoe|wat aandoe)\\b`,
  ),
  p(`\\b(?:ik|we|wij)\\s+${GAP(2)}${YOU}\\s+${GAP(2)}(?:weet|weten|zal|zullen)\\s+(?:te\\s+)?vinden\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:sta|staan|wacht|wachten)\\s+${GAP(5)}(?:bij|voor|naast|aan)\\s+(?:(?:je|jouw|uw)\\s+(?:auto|deur|voordeur|achterdeur|huis|fiets|werk|scooter|woning|flat|portiek|school)|de\\s+(?:personeelsingang|achterdeur|parkeerplaats|uitgang))\\b`,
  ),
  p(`\\b(?:sta|wacht)\\s+ik\\s+${GAP(3)}(?:bij|voor|naast)\\s+(?:je|jouw|uw)\\s+(?:auto|deur|huis|fiets|scooter)\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:wacht|wachten)\\s+${GAP(2)}(?:tot|totdat)\\s+${YOU}\\s+${GAP(3)}(?:klaar|uit|vrij|naar huis|buiten)\\b(?!\\s+(?:bent|is|zijn)\\s+met\\s+(?:die|de|deze|dat|dit|het|uw|je)\\s+(?:meneer|mevrouw|klant|man|vrouw|gesprek|telefoontje|telefoon|collega|vorige|mensen|rij|formulier))`,
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
  p(`\\b(?:ik zou|zou ik)\\s+(?:\\S+\\s+){0,2}?(?:oppassen|uitkijken|opletten|voorzichtig zijn)\\b`),
  p(`\\bniet\\s+(?:meer\\s+)?om\\s+te\\s+(?:praten|kletsen)\\b`, true),
  p(`\\b(?:ik|we|wij)\\s+(?:weet|weten)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?te\\s+vinden\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:kom|komen|ga|gaan|sta|staan)\\s+${GAP(5)}(?:naar|bij|voor|aan)\\s+(?:je|jouw|uw)\\s+(?:huis|thuis|deur|stoep|adres|woning|flat)\\b`,
  ),
  p(`\\b(?:bij|voor)\\s+(?:je|jou|u)\\s+(?:thuis|op de stoep|aan de deur|voor de deur)\\b`),
  // "je bent dood", "je gaat eraan".
  // Also in spoken spelling: "jij ben echt dood", "je ben dr geweest".
  p(
    `\\b${YOU}\\s+(?:bent|ben|is|zijn)\\s+(?:er\\s+|dr\\s+|d'r\\s+)?(?:echt\\s+|zo goed als\\s+|gewoon\\s+)?(?:dood|de klos|geweest|er geweest|de sjaak)\\b`,
  ),
  p(`\\b${YOU}\\s+(?:gaat|gaan)\\s+(?:er\\s?aan|eraan|dood|nog dood)\\b`),
  // "dat ga je merken", "je krijgt spijt", "u zult het nog zien".
  v(
    `\\b(?:dat|dit)\\s+(?:ga|gaat|zal|zul|zult)\\s+(?:je|jij|u|jullie)\\s+(?:nog\\s+|echt\\s+|wel\\s+)*(?:merken|voelen|bezuren|berouwen|betreuren|weten|zien)\\b`,
  ),
  p(
    `\\b${YOU}\\s+(?:krijgt|krijgen|zal|zult|gaat|gaan)\\s+(?:hier\\s+|daar\\s+|er\\s+)?(?:nog\\s+|echt\\s+)*(?:spijt|berouw)\\b`,
  ),
  v(
    `\\b${YOU}\\s+(?:zal|zult|zullen|gaat|gaan)\\s+(?:het\\s+)?(?:nog\\s+)?(?:wel\\s+)?(?:zien(?!\\s+dat\\b)|merken|voelen|meemaken|bezuren)\\b`,
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
  p(`\\b(?:ik|we|wij)\\s+(?:wacht|wachten|sta|staan)\\s+${YOU}\\s+${GAP(4)}op(?: te wachten)?\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:kom|komen)\\s+${YOU}\\s+${GAP(3)}(?:halen|opzoeken|bezoeken|thuis|achterna|wel\\s+(?:even\\s+)?(?:tegen|vinden))\\b`,
  ),
  p(
    `\\b(?:ik|we|wij)\\s+(?:kom|komen)\\s+(?:terug|langs)\\s+met\\s+(?:mijn|m'n|een|de)\\s+${GAP(1)}(?:${PEOPLE}|${WEAPON})\\b`,
  ),
  p(
    `\\b(?:ik|we|wij)\\s+(?:neem|nemen|breng|brengen)\\s+(?:mijn|m'n|een|de)\\s+${GAP(1)}(?:${PEOPLE}|${WEAPON})\\s+${GAP(2)}mee\\b`,
  ),
  // Not a tool with a stated everyday use: "ik heb een bijl gekocht voor het hout van de kachel".
  p(
    `\\b(?:ik heb|heb ik|ik draag)\\s+(?:een|mijn|m'n)\\s+${WEAPON}\\b(?!\\s+(?:nodig|geleend|om\\s))(?!.{0,40}\\b(?:voor\\s+(?:het|de|mijn|m'n)\\s+(?:hout|kachel|tuin|keuken|klus|werk|verbouwing)|van\\s+(?:mijn|m'n|het)\\s+werk|door\\s+de\\s+scanner)\\b)`,
  ),
  p(`\\b(?:mijn|m'n)\\s+${PEOPLE}\\s+(?:komen|zullen|gaan|weten)\\s+${GAP(3)}(?:langs|${YOU}|halen|vinden|regelen)\\b`),
  // Not people who share the speaker's situation: "ik heb vrienden die ook bij jullie klant zijn".
  p(
    `\\bik\\s+(?:ken|heb)\\s+(?:\\S+\\s+)?(?:mensen|jongens|types|lui|vrienden|neven)\\s+die\\b(?!\\s+(?:ook|hetzelfde|net zo|hier ook|bij jullie|dat ook)\\b)`,
  ),
  // Property: "ik steek de boel in de fik", "ik sla hier alles kapot", "je auto staat er morgen niet meer".
  p(`\\b(?:ik|we|wij)\\s+(?:steek|steken|zet|zetten)\\s+${GAP(3)}(?:in de fik|in brand|in de hens)\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:sloop|slopen|sla|slaan|gooi|gooien|trap|trappen|maak|maken|ram|rammen)\\s+(?!(?:me|mij|mezelf|ons)\\b)${GAP(3)}(?:kort en klein|kapot|aan gort|aan diggelen|in puin|door de ruit|de ruiten? in)\\b(?!\\s+(?:\\S+\\s+)?zorgen\\b)`,
  ),
  p(
    `\\b${YOUR}\\s+(?:auto|fiets|huis|ruit|ruiten|scooter|brommer)\\s+${GAP(3)}(?:eraan|kapot|in de fik|niet meer heel|morgen niet meer)\\b`,
  ),
  // Veiled: accidents, blows, luck.
  p(
    `\\b(?:gaan|gebeuren|vallen|komen)\\s+(?:hier\\s+|er\\s+|dan\\s+|nog\\s+)*(?:ongelukken|klappen|rake klappen|doden|gewonden|ongelukjes)\\b`,
  ),
  p(`\\b(?:ongelukken|klappen|ongelukjes)\\s+(?:gaan\\s+)?(?:gebeuren|vallen)\\b`),
  // "kijk maar op mijn app" is an invitation to look; "kijk maar uit" and "kijk maar op je tellen" are warnings.
  p(
    `\\b(?:(?:pas|let)\\s+(?:jij\\s+|u\\s+|je\\s+|jullie\\s+)?maar\\s+(?:op|uit)|kijk\\s+(?:jij\\s+|u\\s+|je\\s+|jullie\\s+)?maar\\s+(?:uit|op\\s+(?:je|jouw|uw)\\s+tellen|op(?=\\s*(?:[.!,]|$))))\\b`,
  ),
  p(`\\b(?:ik zou|zou ik)\\s+(?:\\S+\\s+)?maar\\s+(?:oppassen|uitkijken|opletten)\\b`),
  v(`\\bwacht\\s+(?:jij\\s+|u\\s+|jullie\\s+)?maar(?:\\s+af|\\s+tot|\\s+totdat|\\s+eens|\\s*$|\\s*[!.,])`),
  p(
    `\\b(?:zonde|jammer|vervelend)\\s+(?:\\S+\\s+){0,2}als\\s+(?:er\\s+)?${GAP(5)}(?:iets|wat)\\s+(?:overkomt|gebeurt|zou)\\b`,
  ),
  p(
    `\\b${YOUR}\\s+(?:kinderen|vrouw|man|dochter|zoon|familie|kind|kids|gezin)\\s+${GAP(5)}(?:iets|wat)\\s+(?:overkomt|gebeurt|aandoe)\\b`,
  ),
  p(`\\b(?:dit|dat)\\s+(?:loopt|gaat|zal)\\s+${GAP(2)}(?:slecht|niet goed|verkeerd|slecht)\\s+${GAP(3)}af\\b`, true),
  p(`\\b(?:dit|dat)\\s+(?:gaat|zal)\\s+${YOU}\\s+${GAP(2)}(?:duur|zuur)\\s+(?:komen te staan|opbreken)\\b`),
  p(
    `\\b(?:geluk|blij (?:zijn|mag zijn|mogen zijn))\\s+dat\\s+(?:er\\s+)?${GAP(4)}(?:balie|glas|glazen|wand|ruit|scherm|camera|camera's|beveiliging|bewaking|bewaker|beveiliger|collega's|mensen|politie)\\b`,
  ),
  p(`\\bik zeg niet dat\\b.{0,80}?\\bmaar\\b`, true),
  p(`\\b(?:ik|we|wij)\\s+(?:zal|zullen|ga|gaan)\\s+${YOUR}\\s+leven\\s+(?:zuur|kapot|tot een hel|een hel)\\b`),
  p(`\\b(?:ik|we|wij)\\s+(?:maak|maken)\\s+${YOUR}\\s+leven\\s+(?:zuur|kapot|tot een hel|een hel)\\b`),
  p(
    `\\b(?:ik|we|wij)\\s+(?:zet|zetten|gooi|gooien|post|posten|deel|delen|plaats|plaatsen)\\s+${YOUR}\\s+(?:naam|foto|gezicht|adres|smoel|kop|kop|gegevens|hoofd)\\b`,
  ),
  // Not what a patient client brings: "volgende keer neem ik een boek mee".
  p(
    `\\bvolgende (?:keer|week)\\s+${GAP(3)}(?:neem|breng|kom|sla|pak|ram)\\s+ik\\b(?!\\s+(?:een\\s+|mijn\\s+|m'n\\s+|de\\s+|het\\s+|alle\\s+)?(?:boek|boekje|tijdschrift|krant|koffie|thermoskan|papieren|paperassen|formulieren|documenten|stukken|paspoort|id-kaart|identiteitskaart|pas|pasje|bankafschriften|loonstroken|brieven?|tolk|begeleider|bewindvoerder|advocaat|advocate)\\b)`,
  ),
  p(
    `\\b(?:ik|we|wij)\\s+(?:zorg|zorgen)\\s+(?:er\\s+)?(?:wel\\s+)?(?:voor\\s+)?dat\\s+${YOU}\\s+${GAP(3)}(?:niet meer|nooit meer)\\s+${GAP(2)}(?:thuiskomt|thuis komt|kan lopen|veilig|rustig slaapt)\\b`,
    true,
  ),
  // Harm to the listener's family: "je gezin gaat hier ook last van krijgen".
  v(
    `\\b${YOUR}\\s+(?:gezin|kinderen|kind|kids|familie|vrouw|man|dochter|zoon|ouders)\\s+${GAP(3)}(?:last van krijgen|de dupe|het voelen|ervoor boeten|eraan)\\b`,
  ),
  // "ik kom het persoonlijk regelen, en niet op een vriendelijke manier".
  v(
    `\\b(?:regel|regelen|oplossen|afhandelen|uitpraten|uit te praten)\\b.{0,30}\\bniet\\s+(?:op\\s+een\\s+|zo\\s+)?(?:vriendelijke|nette|aardige|prettige|leuke)\\s+manier\\b`,
    true,
  ),
  // "… is de eerste die het gaat merken": the one who will suffer first.
  p(
    `\\b(?:de|het)\\s+(?:eerste|volgende|eerstvolgende)\\s+die\\s+(?:het|er|ervan|klappen)\\s+${GAP(2)}(?:merken|merkt|voelen|voelt|bezuren|aan gaat|aangaat|eraan gaat|krijgt|krijgen)\\b`,
  ),
  // "wees maar niet verbaasd als je auto morgen in de gracht ligt".
  v(
    `\\b(?:wees|ben|sta|kijk)\\s+(?:dan\\s+|maar\\s+|straks\\s+)*niet\\s+(?:verbaasd|verrast|gek|raar)\\s+(?:op\\s+)?als\\s+(?:${YOUR}\\s+(?:auto|fiets|huis|ruit|ruiten|ramen|banden|scooter|kinderen|kind|dochter|zoon|vrouw|man|familie)|er\\s+(?:iets|wat)|${YOU}\\s+${GAP(3)}(?:iets|wat)\\s+overkomt)\\b`,
    true,
  ),
  // "er gaat iets ergs gebeuren".
  p(`\\b(?:gaat|zal|kan|gebeurt)\\s+er\\s+(?:\\S+\\s+)?(?:iets|wat)\\s+(?:ergs|vervelends|naars|heftigs|lelijks)\\b`),
  // An invitation to fight: "kom maar mee naar buiten, dan regelen we het daar".
  p(`\\b(?:kom|ga|loop)\\s+(?:maar\\s+|even\\s+|dan\\s+|jij\\s+|u\\s+)*mee\\s+naar\\s+buiten\\b`),
  p(
    `\\b(?:regelen|uitvechten|uitpraten|oplossen)\\s+(?:we|wij)\\s+(?:het\\s+)?(?:wel\\s+)?(?:buiten|daar buiten|op straat)\\b`,
  ),
  // Fifth dev round (docs/LANGUAGE.md).
  // "ik heb iets bij me waar je niet blij van wordt".
  v(`\\bwaar\\s+${YOU}\\s+(?:niet\\s+blij|geen\\s+plezier|spijt|van\\s+schrikt|niet\\s+vrolijk)\\b`, true),
  // "ik hoop voor je dat je een goede beveiliger hebt".
  v(`\\bik\\s+hoop\\s+voor\\s+(?:je|jou|u|jullie)\\s+dat\\b`),
  // "je hebt geluk dat mijn man niet thuis is".
  p(
    `\\bgeluk\\s+dat\\s+(?:mijn|m'n)\\s+(?:man|broer|broers|vriend|vrienden|zoon|zonen|neef|neven|vader|familie|jongens|maten)\\b`,
  ),
  // "die ga ik ook nog wel tegenkomen", "ik kom je nog wel tegen".
  v(
    `\\b${SV('ga|gaan|zal|zullen|kom|komen')}\\s+(?:\\S+\\s+){0,3}?nog\\s+(?:wel\\s+|eens\\s+|ooit\\s+)*tegen(?:komen)?\\b`,
  ),
  // "dan kom ik langs met een paar vrienden".
  p(`\\b${SV('kom|komen')}\\s+(?:terug|langs)\\s+met\\s+(?:mijn|m'n|een|de)\\s+${GAP(1)}(?:${PEOPLE}|${WEAPON})\\b`),
  // "jullie gaan boeten voor wat jullie mij aandoen".
  p(`\\b${YOU}\\s+(?:gaat|gaan|zal|zult|zullen)\\s+(?:\\S+\\s+)?boeten\\b`),
  // "dit wordt jouw laatste werkdag".
  p(`\\bwordt\\s+${YOUR}\\s+laatste\\s+(?:dag|werkdag|dienst|week|uur)\\b`),
  // Sixth dev round (docs/LANGUAGE.md).
  p(
    `\\b(?:ben|bent|is|zijn)\\s+(?:je|jij|u|jullie)\\s+(?:hier\\s+|nergens\\s+|nog\\s+|dan\\s+)*(?:niet|nergens)\\s+(?:meer\\s+)?veilig\\b`,
    true,
  ),
  p(`\\b${YOUR}\\s+leven\\s+(?:niet|nergens)\\s+(?:meer\\s+)?zeker\\b`, true),
  p(
    `\\b${SV('rij|rijden|loop|lopen|kom|komen|fiets|fietsen')}\\s+${GAP(3)}langs\\s+(?:je|jouw|uw)\\s+(?:huis|woning|adres|werk|flat|deur|voordeur|school)\\b`,
  ),
  p(
    `\\b(?:uitzoeken|zoekt|zoek|zoeken|achterhalen|uitvinden|vind|vinden)\\s+${GAP(3)}waar\\s+(?:jij|je|u)\\s+(?:woont|woon|woond|werkt|slaapt)\\b`,
  ),
  p(`\\b${SV('kan|kunnen|ga|gaan|zal|zullen|laat|laten')}\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?(?:laten\\s+)?verdwijnen\\b`),
  p(
    `\\b(?:(?:zal|gaat|gaan|zullen)\\s+(?:er\\s+)?bloed\\s+(?:vloeien|stromen)|bloed\\s+(?:zal|gaat)\\s+(?:vloeien|stromen))\\b`,
  ),
  p(
    `\\b(?:of|anders|dan)\\s+(?:ik|we|wij)\\s+(?:haal|stuur|hits|laat)\\s+(?:mijn|m'n)\\s+(?:hond|honden|${PEOPLE}|broer|neef|zoon|vader)\\b`,
  ),
  v(
    `\\b(?:mijn|m'n)\\s+(?:${PEOPLE}|neef|broer|vriend|zoon|vader|man)\\b.{0,50}\\b(?:minder|niet zo|lang niet zo)\\s+(?:vriendelijk|aardig|geduldig|beleefd|rustig)\\b`,
    true,
  ),
  p(`\\b${YOUR}\\s+(auto|fiets|huis|scooter|brommer|woning)\\s+(?:\\S+\\s+){0,2}?geen\\s+\\1\\s+meer\\b`, true),
  // Seventh dev round, written after test2 had been measured (docs/LANGUAGE.md).
  // Throwing things at the listener: "ik gooi die monitor in je gezicht", "dan smijt ik een fles naar je kop".
  p(
    `\\b${SV('gooi|gooien|smijt|smijten|werp|werpen|mik|mikken')}\\s+${GAP(4)}(?:naar|in|tegen|op)\\s+(?:je|jouw|uw)\\s+(?:kop|hoofd|gezicht|harses|bek|smoel|lijf|rug|hersens)\\b`,
  ),
  // Consequences for the listener's body: "je vliegt door die ruit", "je hand is eraf", "je ligt op de grond".
  p(
    `\\b${YOU}\\s+(?:vliegt|vlieg|vliegen|ligt|lig|liggen|gaat|ga|gaan|komt|kom)\\s+${GAP(3)}(?:door\\s+(?:de|die|het|dat)\\s+(?:ruit|raam|deur)|op\\s+de\\s+grond|tegen\\s+de\\s+(?:vlakte|grond|muur)|van\\s+de\\s+trap|in\\s+(?:het|een)\\s+(?:ziekenhuis|kist|graf))\\b`,
  ),
  p(
    `\\b${YOUR}\\s+(?:hand|handen|hoofd|kop|neus|tanden|benen|been|arm|armen|vingers|nek|knieen)\\s+(?:is|zijn|gaat|gaan|ligt|liggen|vliegt)\\s+${GAP(2)}(?:eraf|er\\s+${GAP(2)}af|kapot|gebroken|eruit|er uit)\\b`,
  ),
  // Taking the listener along: "als ik eruit moet, neem ik jou mee", "in een kist …, maar jou ook".
  p(`\\b${SV('neem|nemen|sleur|sleuren|sleep|slepen')}\\s+(?:jou|u|jullie)\\s+(?:\\S+\\s+)?mee\\b`),
  p(`\\b(?:kist|graf|gevangenis|bak|cel)\\b.{0,40}\\b(?:jou|jullie)\\s+(?:ook|erbij|mee)\\b`),
  p(`\\b(?:gevangenis|bak|cel|bajes|nor)\\s+(?:\\S+\\s+){0,3}?(?:voor|om)\\s+(?:jou|u|jullie)\\b`),
  p(`\\bvoor\\s+(?:jou|u|jullie)\\s+${GAP(2)}(?:de\\s+)?(?:gevangenis|bak|cel|bajes|nor)\\s+in\\b`),
  // Setting a dog or people on the listener: "ik laat mijn pitbull op je los".
  p(
    `\\b${SV('laat|laten|hits|hitsen|stuur|sturen')}\\s+(?:mijn|m'n|de|onze)\\s+(?:hond|honden|pitbull|rottweiler|herder|${PEOPLE})\\s+op\\s+${YOU}\\s+(?:los|af)\\b`,
  ),
  p(
    `\\b(?:hond|honden|pitbull|rottweiler|herder|${PEOPLE})\\s+op\\s+${YOU}\\s+(?:los|af)(?:laat|laten|stuur|sturen|hits)\\b`,
  ),
  // Lurking outside: "ik sta buiten op je te wachten", "mijn neven staan beneden op je te wachten".
  p(
    `\\b(?:sta|staan|staat|wacht|wachten|zit|zitten)\\s+${GAP(3)}(?:buiten|beneden|hierbuiten|voor de deur|bij de uitgang|om de hoek)\\s+${GAP(2)}(?:op\\s+(?:je|jou|u|jullie)\\b(?!\\s+(?:collega|beurt|moeder|vader|vrouw|man|antwoord))|te\\s+wachten\\s+op\\s+(?:je|jou|u|jullie)\\b)`,
  ),
  // Warnings about the way home: "let maar goed op als je straks naar je auto loopt".
  v(
    `\\b(?:let|kijk|pas)\\s+(?:maar\\s+)?(?:goed\\s+|heel goed\\s+)?(?:op|uit)\\s+als\\s+(?:je|jij|u)\\s+${GAP(3)}(?:naar huis|naar (?:je|jouw|uw) (?:auto|fiets|huis|scooter)|de deur uit|alleen)\\b`,
  ),
  v(
    `\\bzorg\\s+(?:maar\\s+|er\\s+maar\\s+(?:voor\\s+)?)?dat\\s+(?:je|jij|u)\\s+${GAP(3)}niet\\s+${GAP(3)}(?:alleen|in het donker|'s avonds|'s nachts)\\b`,
    true,
  ),
  // Safety questioned: "denk je dat die deur je beschermt?", "je denkt dat je hier veilig zit achter dat glas".
  v(
    `\\b(?:denk|denkt)\\s+(?:je|jij|u)\\s+(?:nou\\s+|echt\\s+)?(?:dat|nou)\\s+${GAP(5)}(?:veilig|beschermt|beschermd|beschermen)\\b`,
  ),
  v(`\\b(?:je|jij|u)\\s+(?:denkt|denk)\\s+(?:zeker\\s+)?dat\\s+${GAP(5)}(?:veilig|beschermt|beschermd)\\b`),
  // "weet je wat er gebeurt met mensen die mij tegenwerken?"
  p(
    `\\bwat\\s+er\\s+(?:\\S+\\s+)?(?:gebeurt|gebeurde|gaat gebeuren)\\s+met\\s+(?:mensen|iedereen|lui|types|ambtenaren|medewerkers)\\s+die\\s+(?:mij|me|ons)\\b`,
  ),
  // "ik zal je leren om mij af te wimpelen".
  p(`\\b${SV('zal|zullen|ga|gaan')}\\s+${YOU}\\s+(?:wel\\s+|eens\\s+)*leren\\s+(?:om\\s+)?(?:mij|me|ons)\\b`),
  // "maar voor jou maak ik een uitzondering".
  p(`\\bvoor\\s+(?:jou|u|jullie)\\s+maak\\s+ik\\s+(?:graag\\s+|best\\s+|wel\\s+)?een\\s+uitzondering\\b`),
  // Losing control announced: "ik sta niet in voor wat ik doe", "ik kan niet garanderen dat ik rustig blijf".
  p(
    `\\b(?:ik\\s+sta|sta\\s+ik)\\s+(?:dan\\s+)?niet\\s+(?:meer\\s+)?in\\s+voor\\s+(?:wat|mezelf|mijzelf|mijn)\\b`,
    true,
  ),
  p(
    `\\b(?:kan|kun)\\s+(?:ik\\s+)?(?:niet|geen)\\s+(?:meer\\s+)?garanderen\\s+dat\\s+ik\\s+(?:rustig|kalm|beleefd|vriendelijk|netjes|van je af)\\b`,
    true,
  ),
  // Paying for it: "u gaat hiervoor boeten", "je gaat hiervoor betalen, en niet met geld".
  v(
    `\\b${YOU}\\s+${GAP(2)}(?:hiervoor|daarvoor|ervoor)\\s+${GAP(2)}(?:boeten|betalen|boet|betaalt)\\b(?!\\s+(?:met|via|per)\\s+(?:pin|contant|de bank|overschrijving))`,
  ),
  // "daar zul je nog van lusten".
  p(
    `\\b(?:${YOU}\\s+(?:zal|zult|zullen|gaat|gaan)|(?:zal|zult|zul|zullen|gaat|gaan)\\s+${YOU})\\s+(?:er\\s+|daar\\s+|hier\\s+)?(?:nog\\s+)?(?:wel\\s+)?(?:van\\s+)?lusten\\b`,
  ),
  // "vanavond ben je aan de beurt".
  p(
    `\\b(?:(?:straks|vanavond|vannacht)\\s+(?:ben|bent)\\s+(?:je|jij|u)|(?:je|jij|u)\\s+(?:ben|bent)\\s+(?:straks|vanavond|vannacht))\\s+(?:ook\\s+)?aan\\s+de\\s+beurt\\b`,
  ),
  // The listener's family brought up as a question: "jullie hebben een gezin toch? het zou jammer zijn".
  v(
    `\\b(?:${YOU}\\s+(?:hebben|hebt|heeft|heb)|(?:hebben|hebt|heeft|heb)\\s+${YOU})\\s+(?:toch\\s+|ook\\s+|een\\s+)*(?:kinderen|kind|kids|gezin|vrouw|man|familie|kleinkinderen)\\b(?=.{0,60}\\b(?:zonde|jammer|vervelend|denk daar|bedenk dat)\\b)`,
  ),
  // --- Fourth round (dev only, docs/LANGUAGE.md): families rather than phrases. ---
  // Knowing the listener's private life: "ik weet hoe je kinderen heten", "ik weet in welke straat jij woont",
  // "ik heb je adres opgezocht", "ik ken je auto", "ik weet hoe laat je de deur uitgaat".
  p(
    `\\b${SV('weet|weten|ken|kennen')}\\s+${GAP(3)}(?:${YOUR}|jij|u)\\s+${GAP(2)}(?:vertrekt|weggaat|naar buiten komt|adres|woonadres|huis|straat|woning|kinderen|kind|kids|dochter|zoon|vrouw|man|moeder|vader|ouders|familie|gezin|kenteken|auto|school|woont|woond|woon|werkt|slaapt|heten|heet|naar huis|de deur uit\\w*|thuis|klaar bent|vrij bent)\\b`,
  ),
  p(
    `\\b${SV('heb|hebben')}\\s+${GAP(2)}${YOUR}\\s+(?:adres|woonadres|huisadres|thuisadres|kenteken|huis|telefoonnummer|nummer|achternaam)\\s+${GAP(2)}(?:opgezocht|gevonden|gezien|genoteerd|opgeschreven|achterhaald|uitgezocht|gegoogeld|opgevraagd)\\b`,
  ),
  // Following the listener: "ik ben je naar huis gevolgd", "ik volg je straks".
  p(
    `\\b${SV('ben|zijn|heb|hebben|volg|volgen|ga|gaan|zal|zullen')}\\s+${YOU}\\s+${GAP(5)}(?:gevolgd|achtervolgd|volgen|achtervolgen|nagelopen|nareden)\\b`,
  ),
  // Not following an account: "ik volg jullie op Instagram".
  p(
    `\\b${SV('volg|volgen|achtervolg|achtervolgen')}\\s+${YOU}\\b(?!\\s+(?:al\\s+|ook\\s+|trouwens\\s+)?op\\s+(?:insta\\w*|facebook|twitter|x|tiktok|linkedin|youtube|sociale media|social media)\\b)`,
  ),
  // The listener's family located: "je dochter zit toch op De Regenboog?", "je hebt mooie kinderen, ik zag ze".
  p(
    `\\b${YOUR}\\s+(?:dochter|zoon|kinderen|kind|kids|vrouw|man|moeder|vader|ouders)\\s+(?:zit|zitten|woont|wonen|werkt|werken|gaat|gaan|speelt|spelen|loopt|lopen|fietst|fietsen|komt|komen)\\s+toch\\b`,
  ),
  p(
    `\\b(?:je|jij|u)\\s+(?:hebt|heeft)\\s+(?:\\S+\\s+)?(?:mooie|leuke|lieve|schattige)\\s+(?:kinderen|kind|kids|dochter|zoon|vrouw|kleinkinderen)\\b(?=.{0,40}\\b(?:zag|gezien|ken|weet|gevolgd|opgewacht)\\b)`,
  ),
  // Blows and weapons the listener "gets": "je krijgt een klap van me", "wil je een knal voor je harses?",
  // "je krijgt een mes in je rug", "of je krijgt klappen".
  p(
    `\\b(?:${YOU})\\s+(?:krijgt|krijg|krijgen|wil|wilt|willen|moet)\\s+(?:soms\\s+|zo\\s+|straks\\s+|nog\\s+|echt\\s+)*(?:een\\s+|nog een\\s+)?(?:klap|klappen|dreun|dreunen|knal|mep|opdoffer|beuk|pak slaag|kopstoot|hengst|lel|oplawaai|mes|kogel|schop|trap|ervan langs|rake klappen)\\b`,
  ),
  p(
    `\\b(?:klap|dreun|knal|mep|trap|schop|kopstoot)\\s+(?:voor|op|tegen)\\s+(?:je|jouw|uw)\\s+(?:kop|harses|bek|smoel|hoofd|gezicht|muil|porem)\\b`,
  ),
  // More violent acts by the speaker against the listener: "ik snij je gezicht open", "ik vlieg je aan",
  // "ik duw je van je stoel", "ik geef je een dreun", "ik grijp je bij je strot".
  p(
    `\\b${SV('snij|snijd|vlieg|vliegen|duw|duwen|grijp|grijpen|timmer|timmeren|prik|prikken|steek|steken|trek|sleur|sleep')}\\s+(?:${YOU})\\s+${GAP(4)}(?:open|aan|af|neer|lek|kapot|naar buiten|de deur uit|eruit|in elkaar|bij (?:je|jouw|uw) (?:keel|strot|nek|kraag|haren|lurven)|van (?:je|jouw|uw) (?:stoel|fiets|sokken)|door|uit)\\b`,
  ),
  p(
    `\\b${SV('geef|geven|verkoop|verkopen|verkoc?ht')}\\s+(?:${YOU})\\s+(?:zo\\s+|straks\\s+|nog\\s+|wel\\s+)*(?:een\\s+)?(?:klap|dreun|knal|mep|opdoffer|beuk|kopstoot|hengst|lel|oplawaai|schop|trap|pak slaag|lesje)\\b`,
  ),
  // Coming over the counter: "ik spring zo over die balie heen".
  p(
    `\\b${SV('spring|springen|klim|klimmen|kom|komen|ga|gaan')}\\s+${GAP(3)}over\\s+(?:de|die|deze|dat|dit|je|jouw|uw)\\s+(?:balie|tafel|toonbank|bureau|loket)\\b`,
  ),
  // "jij bent de volgende", "dan ben jij de eerste".
  p(
    `\\b(?:(?:ben|bent|is)\\s+(?:jij|je|u)|(?:jij|je|u)\\s+(?:ben|bent|is))\\s+(?:dan\\s+|straks\\s+|echt\\s+)?(?:de|het)\\s+(?:volgende|eerste|eerstvolgende)\\b(?!\\s+(?:die|dat|aan de beurt|in de rij|keer|afspraak)\\b)`,
  ),
  // Consequences with a speaker: "zorg ik dat je nooit meer kan lopen", "ik zorg dat je hier niet meer veilig".
  p(
    `\\b${SV('zorg|zorgen')}\\s+(?:er\\s+)?(?:wel\\s+)?(?:voor\\s+)?dat\\s+${YOU}\\s+${GAP(3)}(?:niet|nooit)\\s+meer\\s+${GAP(3)}(?:kan|kunt|kunnen|zal|zult)?\\s*(?:lopen|praten|werken|slapen|thuiskomen|thuis komen|over straat|buiten|veilig|rustig|zien)\\b`,
    true,
  ),
  // Inverted word order of known threats: "kom ik je opzoeken", "weet ik je te vinden".
  p(
    `\\b(?:kom|komen)\\s+(?:ik|we)\\s+${YOU}\\s+${GAP(3)}(?:halen|haalen|opzoeken|bezoeken|thuis|achterna|pakken|vinden)\\b`,
  ),
  p(`\\b(?:ik|we|wij)\\s+(?:kom|komen)\\s+${YOU}\\s+${GAP(3)}haalen\\b`),
  p(`\\b(?:weet|weten)\\s+(?:ik|we)\\s+${YOU}\\s+(?:\\S+\\s+){0,2}?te\\s+vinden\\b`),
  p(
    `\\b${SV('zal|zullen|ga|gaan')}\\s+${YOU}\\s+(?:nog\\s+|wel\\s+|nog wel\\s+|ooit\\s+)?(?:krijgen|hebben|pakken)\\b`,
  ),
  // Spelling variants of "spijt" and "krijgen": "je gaat er spijd van krijge".
  p(`\\b${YOU}\\s+(?:krijgt|krijgen|zal|zult|gaat|gaan)\\s+(?:hier\\s+|daar\\s+|er\\s+)?(?:nog\\s+|echt\\s+)*spijd\\b`),
  // "something will happen": "anders gebeurt er wat", "dan zie je wat er gebeurt".
  p(
    `\\b(?:anders|of)\\s+(?:gebeurt|gebeuren|gaat|gaan)\\s+(?:er\\s+)?(?:iets|wat|ongelukken|(?:iets|wat)\\s+(?:ergs|vervelends|naars))\\b`,
  ),
  v(
    `\\b(?:zie|ziet|zien|zal|zult|zul|gaat|ga)\\s+(?:je|jij|u|jullie)\\s+(?:\\S+\\s+){0,2}?(?:wel\\s+|maar\\s+|nog\\s+|dan\\s+)*wat\\s+er\\s+(?:dan\\s+|nog\\s+)?(?:gebeurt|gaat gebeuren|van komt)\\b`,
  ),
  // "you won't like it": "die maatregelen zullen u niet bevallen".
  v(
    `\\b(?:zal|zullen|gaat|gaan)\\s+(?:\\S+\\s+){0,3}?(?:je|jou|u|jullie)\\s+(?:\\S+\\s+)?niet\\s+(?:bevallen|lekker bevallen)\\b`,
    true,
  ),
  // Remembering the listener: "ik vergeet uw gezicht niet", "je zult nog aan me denken", "je hoort nog van mij,
  // en niet via de post".
  v(`\\bik\\s+(?:vergeet|onthoud)\\s+${YOUR}\\s+(?:gezicht|naam|kop|smoel|hoofd)\\b`, true),
  v(
    `\\b${YOU}\\s+(?:zal|zult|zullen|gaat|gaan)\\s+(?:nog\\s+)?(?:wel\\s+)?(?:aan\\s+(?:me|mij|ons)\\s+denken|(?:je|jezelf|zich)\\s+(?:nog\\s+)?(?:vervloeken|beklagen))\\b`,
  ),
  v(
    `\\b${YOU}\\s+(?:zult|zal|hoort|hoor|horen)\\s+(?:nog\\s+)?(?:wel\\s+)?van\\s+(?:me|mij|ons)\\b(?=.{0,30}\\bniet\\s+(?:via|per|met)\\b)`,
    true,
  ),
  // What the speaker is capable of: "je hebt geen idee wat ik allemaal kan doen", "je weet niet wie mijn
  // familie is".
  v(
    `\\b${YOU}\\s+(?:\\S+\\s+)?(?:weet|weten|hebt|heeft|hebben)\\s+(?:echt\\s+|nog\\s+)?(?:niet|geen idee|geen flauw idee)\\s+(?:wat\\s+ik\\s+(?:allemaal\\s+)?(?:kan|ga|zal)(?:\\s+doen)?|waartoe\\s+ik|wie\\s+(?:mijn|m'n)\\s+\\S+\\s+(?:is|zijn)|wie\\s+ik\\s+ken)\\b`,
    true,
  ),
  // "dit krijg je terug", "je hebt vanaf nu een groot probleem".
  v(`\\b(?:dit|dat)\\s+(?:krijg|krijgt)\\s+(?:je|jij|u|jullie)\\s+(?:nog\\s+|wel\\s+)*(?:terug|betaald)\\b`),
  v(
    `\\b${YOU}\\s+(?:hebt|heeft|hebben)\\s+(?:vanaf nu|nu|straks|dan)\\s+(?:een\\s+)?(?:groot\\s+|serieus\\s+|echt\\s+|heel groot\\s+)?probleem\\b(?!\\s+met\\s+(?:je|uw|de|het)\\b)`,
  ),
  // Bad endings: "dit gaat slecht aflopen", "dit eindigt niet goed voor u", "het gaat hier vandaag nog fout,
  // let op mijn woorden".
  v(
    `\\b(?:dit|dat)\\s+(?:loopt|gaat|zal)\\s+${GAP(2)}(?:slecht|niet goed|verkeerd)\\s+(?:aflopen|afloopt|eindigen)\\b(?!\\s+met\\s+(?:mijn|m'n|die|de|het)\\b)`,
    true,
  ),
  v(
    `\\b(?:dit|dat)\\s+(?:eindigt|eindigen|loopt|gaat)\\s+(?:\\S+\\s+)?(?:niet goed|slecht|verkeerd|fout|mis)\\s+(?:\\S+\\s+)?(?:voor|af voor)\\s+(?:je|jou|jij|u|jullie)\\b`,
    true,
  ),
  v(
    `\\b(?:gaat|loopt)\\s+${GAP(3)}(?:fout|mis|uit de hand)\\b.{0,30}\\b(?:let op mijn woorden|reken (?:daar |er )?maar op|dat beloof ik (?:je|u|jullie)|en dan ben (?:jij|je|u))\\b`,
  ),
  v(
    `\\b(?:laat|pik)\\s+ik\\s+niet\\s+(?:op me zitten|zomaar gebeuren)\\b.{0,30}\\b(?:dat beloof ik (?:je|u|jullie)|reken (?:daar |er )?maar op|let op mijn woorden)\\b`,
    true,
  ),
  // Advice that is a warning: "ik zou niet meer alleen over straat gaan als ik jou was", "voor je eigen
  // veiligheid", "zorg maar dat je een goede verzekering hebt", "kijk maar goed achterom".
  v(
    `\\b(?:niet (?:meer )?alleen|oppassen|uitkijken|opletten|voorzichtig|achterom|over straat|verhuizen|andere baan|nieuwe baan)\\b.{0,40}\\bals ik (?:jou|u|jullie) was\\b`,
    true,
  ),
  v(
    `\\bals ik (?:jou|u|jullie) was\\b.{0,40}\\b(?:niet (?:meer )?alleen|oppassen|uitkijken|opletten|voorzichtig|achterom|over straat|verhuizen|andere baan|nieuwe baan)\\b`,
    true,
  ),
  v(`\\bvoor\\s+${YOUR}\\s+eigen\\s+(?:veiligheid|bestwil|gezondheid)\\b`),
  v(`\\b(?:zorg|hoop|hopelijk)\\b.{0,30}\\b(?:${YOU})\\s+${GAP(2)}(?:goed(?:e)?\\s+)?(?:verzekerd|verzekering)\\b`),
  v(`\\b(?:kijk|let)\\s+(?:\\S+\\s+){0,3}?(?:achterom|achter je|over je schouder)\\b`),
  v(`\\b(?:geniet|genieten)\\s+(?:\\S+\\s+){0,2}van\\s+${YOUR}\\s+laatste\\b`),
  v(
    `\\b(?:zoals|als)\\s+(?:jij|jou|u)\\s+(?:\\S+\\s+)?(?:verdwijnen|verdwijnt|overkomt|eindigen|eindigt|lopen gevaar)\\b`,
  ),
  v(
    `\\b(?:we|wij)\\s+(?:komen|kom|zien|spreken)\\s+elkaar\\s+(?:nog\\s+)(?:wel\\s+|eens\\s+|heus\\s+|buiten\\s+)*(?:tegen|terug)\\b`,
  ),
  // Property: "je auto heeft vier banden, nu nog", "zou zonde zijn als die kapot gaat", "ik zet jullie pand in
  // de brand", "ik kras je auto open", "ik sloop dit hele kantoor".
  p(`\\b${YOUR}\\s+(?:auto|fiets|huis|ruiten|ramen|banden|scooter|brommer|woning|tuin)\\b.{0,40}\\bnu nog\\b`),
  v(
    `\\b(?:zonde|jammer|vervelend)\\s+(?:\\S+\\s+){0,2}als\\s+${GAP(4)}(?:kapot\\s+(?:gaat|gaan)|in de (?:fik|brand) (?:vliegt|staat)|beschadigd|gestolen)\\b`,
  ),
  p(`\\b${SV('steek|steken|zet|zetten')}\\s+${GAP(3)}in de brand\\b`),
  p(
    `\\b${SV('kras|krassen|prik|prikken|steek|steken|trap|trappen|sla|slaan|sloop|slopen|verniel|vernielen|bekras|bekrassen')}\\s+${YOUR}\\s+(?:auto|banden|band|fiets|ruit|ruiten|ramen|huis|deur|scooter|brommer|spiegels?)\\s+${GAP(2)}(?:open|lek|kapot|in|stuk|eraf|af)\\b`,
  ),
  p(
    `\\b${SV('sloop|slopen|verniel|vernielen')}\\s+(?:\\S+\\s+){0,2}?(?:kantoor|gebouw|pand|tent|boel|zaak|balie|loket|alles|hier)\\b`,
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
  /\b(?:sla|slaan|steek|steken|schiet|schieten|vermoord|vermoorden|doodmaken|doodslaan|breek|breken|snijd|snijden|wurg|wurgen|trap|trappen|schop|schoppen|ram|rammen|mep|meppen|pijn|aandoen|aandoe|afmaken|in elkaar|verrot|kapot|botten|nek|keel|kop eraf|hoofd eraf|tanden|hersens|overhoop|neer|snij|snijd|open\s?snijden|dreun|knal|klap|mep|opdoffer|kopstoot|strot|timmer|timmeren|duw|duwen|aanvliegen|vlieg)\b/;
const SPEAKER = /\b(?:ik|we|wij)\b|\bvan\s+(?:me|mij|ons)\b/;
const LISTENER = /\b(?:je|jou|jij|u|jullie|iemand|jullie allemaal)\b/;
const CONSEQUENCE =
  /\b(?:(?:niet\s+)?levend|heelhuids|(?:in|naar)\s+het\s+ziekenhuis|(?:bak)?steen\s+(?:\S+\s+){0,2}door|(?:in|op)\s+de\s+(?:eerste hulp|intensive care))\b/;
const PAST = /\b(?:heeft|hebben|heb|hebt|had|hadden)\b(?:\s+\S+){0,5}\s+(?:ge\S+|in elkaar \S+)\b/;
const IDIOM =
  /\b(?:leg(?:t|gen)?\s+(?!(?:\S+\s+){0,2}(?:je|jou|u|jullie)\s+neer)(?:\S+\s+){0,5}neer|plank\s+(?:\S+\s+)?mis|breek\s+(?:me|mijn)\s+het\s+hoofd|pijn\s+in\s+(?:mijn|m'n)|kapot\s+van|kapot\s+(?:\S+\s+)?zorgen|doodmoe|doodziek|dood\s*op|ik\s+(?:sla|steek)\s+(?:\S+\s+)?over|neer\s*(?:zetten|leggen|zitten)|zet\s+(?:\S+\s+)?neer|kapot(?:\s+\S+){0,2}\s+(?:is|zijn|gegaan)|(?:is|zijn|staat|was)\s+kapot|in\s+elkaar\s+(?:zit|zitten|zat|zaten|steekt|steken|stak|gezet|zetten|zet)|stop(?:t|pen)?\s+met\s+\S+)\b/;

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

/** Leaving unharmed, denied: the consequence a structural threat announces. */
const UNHARMED_DENIED =
  /\b(?:niet|niemand|nooit)\s+(?:\S+\s+){0,3}?(?:meer\s+)?(?:levend|heelhuids|ongedeerd)\b|\b(?:levend|heelhuids|ongedeerd)\s+(?:\S+\s+){0,2}?(?:niet|nooit)\b/;

const CAUTION_ABOUT_A_THING =
  /^\s+(?:gebeuren\s+|vallen\s+)?(?:met|voor|bij)\s+(?:de|die|het|dat|deze|dit|uw|je|jouw)\s+(?:losse|stoeptegel|tegel|natte|gladde|trap|trappen|vloer|drempel|deur|stap|auto|fiets|hond|kat|stoep|weg|tas|spullen|papieren|gegevens|wachtwoord|code|pincode|oplichters|nepmail|e-mail|mail|brief|telefoon)\b/;

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
      if (pattern.veiled) {
        const sentence = sentenceOf(folded, m);
        if (LEGITIMATE.test(folded.slice(sentence.start, sentence.end))) continue;
      }
      let status: ThreatFinding['status'] = 'threat';
      if (isNegated(folded, m, pattern.negationInside ?? false)) status = 'negated';
      else if (isReported(folded, m) || isFigurative(folded, m) || isHypothetical(folded, m)) status = 'reported';
      found.push({ start: m.start, end: m.end, status });
    }
  }
  for (const clause of findStructuralThreats(folded)) {
    if (skip.some((s) => s.start < clause.end && clause.start < s.end)) continue;
    if (found.some((f) => f.start < clause.end && clause.start < f.end)) continue;
    const trimmed = trimSpan(folded, clause);
    // "niet levend", "niemand komt er heelhuids uit", "levend niet meer buiten" are the threat itself, not its
    // negation.
    const inside = folded.slice(trimmed.start, trimmed.end);
    const negationInside = UNHARMED_DENIED.test(inside);
    let status: ThreatFinding['status'] = 'threat';
    if (isNegated(folded, trimmed, negationInside) || (!negationInside && /\b(?:niemand|nergens)\b/.test(inside)))
      status = 'negated';
    else if (isReported(folded, trimmed) || isFigurative(folded, trimmed) || isHypothetical(folded, trimmed))
      status = 'reported';
    found.push({ ...trimmed, status });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Threats in a client's own utterance: as `findThreats`, but a match inside a quote is someone else's words
 * ("ze schoven een briefje onder mijn deur met 'wij weten waar je woont'"), so it counts as reported.
 */
export function findUtteranceThreats(folded: string): ThreatFinding[] {
  const quotes = quoteSpans(folded);
  return findThreats(folded).map((f) =>
    f.status === 'threat' && quotes.some((q) => q.start <= f.start && f.end <= q.end)
      ? { ...f, status: 'reported' }
      : f,
  );
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:]/.test(text[start] as string)) start++;
  while (end > start && /[\s,:.!?]/.test(text[end - 1] as string)) end--;
  return { start, end };
}
