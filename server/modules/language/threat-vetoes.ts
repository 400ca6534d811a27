import { isFigurative, isReported, REPORTING } from './context.js';
import { quoteSpans } from './quotes.js';
import { type Span, sentences, words } from './text.js';
import { classesOf } from './threat-concepts.js';
import type { ThreatFinding } from './threats.js';
import { LEGITIMATE } from './threats.js';

/**
 * What the threat model may read (docs/LANGUAGE.md, sixth to eighth round). The rules keep their say over context:
 * before the model reads an utterance, quotes and every clause that the rules' context handling would not count
 * are blanked, so the model judges only what is left.
 */

/**
 * A denied intention ("ik ga u heus niks aandoen", "ik zou nooit iemand slaan") or a denial of being violent ("ik
 * ben niet agressief", "wij zijn geen geweldplegers"). Not a denied state ("ik ben niet iemand die dit laat
 * gebeuren", "ik kan niet garanderen dat…"): those are how veiled threats are often phrased.
 */
const NEGATED_INTENT =
  /\b(?:ik|we|wij)\s+(?:(?:ga|gaan|zal|zullen|zou|zouden|wil|willen|kom|komen|doe|doen)\s+(?:\S+\s+){0,3}?(?:niet|nooit|niks|niets|nimmer|niemand|geen\s+(?:\S+\s+)?(?:kwaad|vinger|haar))|(?:ben|zijn)\s+(?:\S+\s+)?(?:niet|geen)\s+(?:\S+\s+)?(?:agressie\w*|agressief|gewelddadig\w*|gevaarlijk\w*|geweldpleger\w*|crimineel|criminelen))\b/;
/**
 * "ik ben niet bang om…" announces the act (as in the rules' negation); "als ik jou was" is advice, not a denial;
 * "ik ga hier niet weg" is staying put, which is how lurking is announced.
 */
const NOT_A_DENIAL =
  /\bniet\s+bang\s+(?:om|voor)\b|\bals\s+ik\s+(?:jou|u|jij)\s+was\b|\b(?:niet|nooit)\s+(?:meer\s+)?(?:weg|weggaan|vertrekken|naar\s+huis)\b/;
/**
 * Self-harm or giving up, used as pressure ("ik spring van de brug als…", "dan stop ik er zelf mee"): the speaker
 * threatens themselves, not the employee (LABELLING.md), so the sentence is not the model's to read.
 */
const SELF_HARM =
  /\b(?:(?<!instaan\s+voor\s+)mezelf(?!\s+(?:\S+\s+){0,3}?(?:in\s+de\s+hand|beheersen|inhouden))|m'n eigen leven|mijn eigen leven|zelfmoord|suicide|van (?:de|een) (?:brug|flat|dak)|voor (?:de|een) trein|(?:een\s+)?eind(?:e)?\s+aan\s+(?:mijn|m'n|het)\s+leven|(?:stop|kap)\s+ik\s+er\s+(?:zelf\s+)?mee|hoeft\s+(?:het\s+)?(?:voor\s+mij\s+)?niet\s+meer|spring\s+ik|ik\s+spring)\b/;
/**
 * Harmless readings the rules already know, which the model on its own scores near its threshold: people who share
 * the speaker's situation ("ik heb vrienden die ook bij jullie huren", as in the rules), insisting on being right
 * ("u zult zien dat ik gelijk heb") and a warning about a thing rather than about the speaker's people ("ik zou
 * maar voorzichtig zijn met die gladde stoep"; not "pas op voor mijn broers", see `SPEAKERS_PEOPLE`), and in its
 * own clause a request to stop (`STOP_REQUEST`).
 */
const HARMLESS =
  /\b(?:mensen|jongens|types|lui|vrienden|neven|kennissen|buren)\s+die\s+(?:ook|hetzelfde|net zo|hier ook|bij jullie|dat ook)\b|\bgelijk\s+(?:heb|had|krijg|kreeg|hebben|krijgen)\b/;
const WARNING_ABOUT =
  /\b(?:voorzichtig|oppassen|uitkijken|opletten)\s+(?:zijn\s+|zijn\s+maar\s+)?(?:met|voor|op)\s+(?:de|die|het|dat|deze|dit)\s+((?:\S+\s+){0,2}\S+)/;
const SPEAKERS_PEOPLE = new Set(['others', 'family', 'weapon', 'crime']);
/** Asking someone to stop doing something ("ik wil dat u stopt met slaan op de balie"): read per clause. */
const STOP_REQUEST = /\b(?:ophoud(?:t|en)?|stop(?:t|pen)?|hou(?:dt)?\s+op|houden\s+op)\s+met\b/;

function isHarmless(text: string): boolean {
  if (HARMLESS.test(text)) return true;
  const warned = WARNING_ABOUT.exec(text);
  return (
    warned !== null && !words(warned[1] as string).some((w) => classesOf(w.word).some((c) => SPEAKERS_PEOPLE.has(c)))
  );
}

/**
 * A legitimate means (complaint, lawyer, press) makes the veiled consequences of its sentence pressure on the
 * organisation ("ik neem een advocaat, dan zie je wel wat er gebeurt"), but not a clause of its own that names harm,
 * a weapon, fire, damage, lurking or the speaker's people ("mijn advocaat krijgt een kopie, en jij krijgt van mij
 * nog een bezoekje").
 */
const HARM_CLASSES = new Set(['harm', 'injury', 'weapon', 'fire', 'damage', 'lurk', 'others']);
function namesHarm(clause: string): boolean {
  return words(clause).some((w) => classesOf(w.word).some((c) => HARM_CLASSES.has(c)));
}

const HYPOTHETICAL =
  /(?:^\s*|[,;:]\s*|\ben\s+|\bmaar\s+)wat\s+als\b|\b(?:stel\s+(?:je\s+voor\s+)?dat|stel\s+nou\s+dat|hypothetisch|in\s+theorie|als\s+ik\s+niet\s+zo|(?:ik\s+kan\s+me|kan\s+je\s+je|kun\s+je\s+je)\s+voorstellen\s+dat)\b/;

/**
 * Clauses: sentences cut after a comma or colon and before "maar" (as the rules' structural threats do), but not
 * before "laat staan", which carries the clause before it on ("ik doe geen vlieg kwaad, laat staan jou").
 */
export function clauses(folded: string, sentenceSpans: readonly Span[] = sentences(folded)): Span[] {
  const out: Span[] = [];
  for (const sentence of sentenceSpans) {
    let at = sentence.start;
    for (const part of folded
      .slice(sentence.start, sentence.end)
      .split(/(?<=[,:])(?!\s*laat\s+staan\b)|\s(?=maar\b)/)) {
      const span = { start: at, end: at + part.length };
      at += part.length;
      if (part.trim() !== '') out.push(span);
    }
  }
  return out;
}

/** Why the rules' context takes a clause out of the model's sight, or null when the model may read it. */
export function vetoOf(
  folded: string,
  clause: Span,
  findings: readonly ThreatFinding[],
  sentenceSpans: readonly Span[] = sentences(folded),
): string | null {
  const text = folded.slice(clause.start, clause.end);
  const sentence = sentenceSpans.find((s) => s.start <= clause.start && clause.start < s.end) ?? clause;
  const sentenceText = folded.slice(sentence.start, sentence.end);
  if (findings.some((f) => f.status !== 'threat' && f.start < clause.end && clause.start < f.end)) return 'rules';
  if (NEGATED_INTENT.test(text) && !NOT_A_DENIAL.test(text)) return 'negated';
  if (HYPOTHETICAL.test(sentenceText)) return 'hypothetical';
  if (SELF_HARM.test(sentenceText)) return 'self_harm';
  if (isHarmless(sentenceText) || STOP_REQUEST.test(text)) return 'harmless';
  if (LEGITIMATE.test(text) || (LEGITIMATE.test(sentenceText) && !namesHarm(text))) return 'legitimate';
  if (isReportedClause(folded, sentence, clause)) return 'reported';
  if (isFigurative(folded, clause)) return 'figurative';
  return null;
}

/**
 * Reported speech: a reporting verb (zei, dreigde, appte…) before the end of the clause, with words after it in the
 * sentence, whose subject is not the speaker ("mijn zwager zei dat hij…"); the rules' `isReported` decides about
 * the subject. A verb that ends its sentence ("als je nee zegt.") reports nothing.
 */
function isReportedClause(folded: string, sentence: Span, clause: Span): boolean {
  const upToClauseEnd = folded.slice(sentence.start, clause.end);
  for (const m of upToClauseEnd.matchAll(REPORTING)) {
    const after = sentence.start + m.index + m[0].length;
    if (!/\p{L}/u.test(folded.slice(after, sentence.end))) continue;
    if (isReported(folded, { start: after, end: after + 1 })) return true;
  }
  return false;
}

/** The folded text with quotes and vetoed clauses blanked, and the clauses left. */
export function visibleText(folded: string, findings: readonly ThreatFinding[]): { text: string; visible: Span[] } {
  const chars = folded.split('');
  for (const q of quoteSpans(folded)) for (let i = q.start; i < q.end; i++) chars[i] = ' ';
  const visible: Span[] = [];
  const sentenceSpans = sentences(folded);
  for (const clause of clauses(folded, sentenceSpans)) {
    if (vetoOf(folded, clause, findings, sentenceSpans) === null) visible.push(clause);
    else for (let i = clause.start; i < clause.end; i++) chars[i] = ' ';
  }
  return { text: chars.join(''), visible };
}
