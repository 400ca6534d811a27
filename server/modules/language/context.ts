import { type Span, sentences } from './text.js';

/**
 * The context of a match inside its sentence: is it negated ("ik ga je niet slaan"), reported ("mijn buurman zei
 * dat hij je zou pakken") or clearly not meant ("bij wijze van spreken")? A conditional threat ("als je me niet
 * helpt, sla ik je") is still a threat, so a comma ends the scope of a negation before it.
 */

const NEGATORS = /\b(niet|geen|nooit|niks|niets|nimmer)\b/;
export const REPORTING =
  /\b(zei|zeiden|zegt|zeggen|riep|riepen|dreigde|dreigden|schreef|schreven|beweerde|vertelde|vertelden|vertelt|vertellen|verteld|gedreigd|gezegd|geroepen|geschreven|appte|appten|sms'te|roept|dreigt|schrijft|appt)\b/g;
const FIGURATIVE = /\b(bij wijze van spreken|grapje|geintje|figuurlijk|haha|lol)\b/;
const FIRST_PERSON = /\b(ik|wij|we)\s*$/;

export function sentenceOf(text: string, span: Span): Span {
  for (const s of sentences(text)) if (s.start <= span.start && span.start < s.end) return s;
  return { start: 0, end: text.length };
}

/**
 * The clause before the match: from the last comma, colon, "maar" or "als" in the sentence up to the match
 * ("het zou me niet verbazen als…": the negation belongs to the main clause, not to what follows "als").
 */
function clausePrefix(folded: string, sentence: Span, matchStart: number): string {
  const before = folded.slice(sentence.start, matchStart);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(':'),
    before.lastIndexOf(' maar '),
    before.lastIndexOf(' als '),
    // "als je me niet helpt dan …": without a comma, "dan" opens the main clause of a condition.
    /\bals\b.*\sdan\s/.test(before) ? before.lastIndexOf(' dan ') : -1,
    // "als je nu niet helpt gaat er iets ergs gebeuren": a match after a sentence-initial condition is its main
    // clause; a negation in the condition does not negate it.
    /^\s*als\b/.test(before) ? before.length - 1 : -1,
    // The same after a comma: "dom wijf, als je nu niet opschiet gooi ik die stoel door je ruit".
    /[,:;]\s*als\b[^,:;]*$/.test(before) ? before.length - 1 : -1,
  );
  return cut === -1 ? before : before.slice(cut + 1);
}

/**
 * Negated: a negator in the clause before the match or inside it (unless the pattern itself contains one), and
 * not undone by a following "maar" ("ik zeg niet dat ik je iets doe, maar…" is a veiled threat).
 */
export function isNegated(folded: string, match: Span, patternHasNegation: boolean): boolean {
  const sentence = sentenceOf(folded, match);
  // A match that opens an "als" clause has nothing of the main clause in its scope.
  const opensClause = /^als\b/.test(folded.slice(match.start, match.start + 4));
  // "ik ben niet bang om…" announces the act rather than denying it.
  const prefix = (opensClause ? '' : clausePrefix(folded, sentence, match.start)).replace(
    /\bniet\s+bang\s+(?:om|voor)\b/g,
    '',
  );
  const inside = patternHasNegation ? '' : folded.slice(match.start, match.end);
  if (!NEGATORS.test(prefix) && !NEGATORS.test(inside)) return false;
  const after = folded.slice(match.end, sentence.end);
  // "…, maar ik word hier gek van" / "maar ik ben wel boos": the "maar" turns to the speaker's own state, which
  // undoes nothing ("ik zou nooit iemand slaan, maar ik word hier gek van" stays a denial).
  if (/(?:^|[,\s])maar\s+ik\s+(?:word|ben|voel|raak|baal)\b/.test(after)) return true;
  return !/(?:^|[,\s])maar\s+\p{L}/u.test(after);
}

/** Reported: a reporting verb earlier in the sentence whose subject is not the speaker ("hij zei dat…"). */
/** The listener as subject ("tot u zegt dat het goed is", "kijk uit wat je zegt", "zegt u nu nee"). */
const LISTENER_BEFORE = /\b(?:je|jij|u|jullie|ge|gij)\s*$/;
const LISTENER_AFTER = /^\s*(?:je|jij|u|jullie|ge|gij)\b/;
/**
 * "zeggen" as an infinitive reports nothing: "ik mot effe zeggen", "kom gedag zeggen", "nee zeggen betekent een
 * klap", "wilt u nog steeds zeggen dat…".
 */
const INFINITIVE_SAY =
  /\b(?:wil|wilt|willen|moet|mot|moeten|ga|gaat|gaan|kom|komt|komen|kan|kun|kunt|nee|ja|gedag|effe|even|ff|durf|durft)\s+(?:\S+\s+){0,2}$/;

/**
 * A reporting verb whose subject is someone other than the speaker and the listener: "mijn zwager zei dat…", not
 * "ik zeg je…", "tot u zegt dat het goed is" or "ik wil even zeggen…".
 */
function reportsSomeoneElse(before: string, at: number, verb: string): boolean {
  const subjectBefore = before.slice(0, at);
  const subjectAfter = before.slice(at + verb.length, at + verb.length + 8);
  if (FIRST_PERSON.test(subjectBefore) || /^\s*(ik|we|wij)\b/.test(subjectAfter)) return false;
  if (LISTENER_BEFORE.test(subjectBefore) || LISTENER_AFTER.test(subjectAfter)) return false;
  if (verb === 'zeggen' && INFINITIVE_SAY.test(subjectBefore)) return false;
  return true;
}

export function isReported(folded: string, match: Span): boolean {
  const sentence = sentenceOf(folded, match);
  const before = folded.slice(sentence.start, match.start);
  for (const m of before.matchAll(REPORTING)) {
    if (reportsSomeoneElse(before, m.index, m[0])) return true;
  }
  // A quote from someone else on an earlier line of the same sentence span is covered above; a quote that the
  // speaker attributes after it ("… zei mijn buurman") as well.
  const after = folded.slice(match.end, sentence.end);
  return /^["']?\s*,?\s*(zei|riep|schreef|dreigde)\s+(hij|ze|zij|mijn|die|de|een|iemand)\b/.test(after.trimStart());
}

/**
 * A hypothetical the speaker puts up for discussion ("stel dat ik hier iemand een klap zou geven, wat dan?", "ik
 * kan me voorstellen dat er mensen zijn die jullie iets willen aandoen"): not the speaker's threat.
 */
export const HYPOTHETICAL_FRAME =
  /\b(?:stel\s+(?:je\s+voor\s+)?dat|stel\s+nou\s+dat|hypothetisch|in\s+theorie|(?:ik\s+kan\s+me|kan\s+je\s+je|kun\s+je\s+je)\s+voorstellen\s+dat)\b/;

export function isHypothetical(folded: string, match: Span): boolean {
  const sentence = sentenceOf(folded, match);
  return HYPOTHETICAL_FRAME.test(folded.slice(sentence.start, match.end));
}

/**
 * Clearly not meant: a joke marker in the sentence, or in a short sentence right after it ("Ik zoek je nog eens
 * op... met een taart, grapje!": the dots end the first sentence, the marker comes after).
 */
export function isFigurative(folded: string, match: Span): boolean {
  const all = sentences(folded);
  const at = all.findIndex((s) => s.start <= match.start && match.start < s.end);
  const sentence = all[at] ?? { start: 0, end: folded.length };
  if (FIGURATIVE.test(folded.slice(sentence.start, sentence.end))) return true;
  const next = all[at + 1];
  if (at === -1 || !next) return false;
  const nextText = folded.slice(next.start, next.end);
  return FIGURATIVE.test(nextText) && nextText.split(/\s+/).length <= 5;
}
