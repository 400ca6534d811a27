import { isFigurative, isReported, REPORTING } from './context.js';
import { type LogisticModel, load, type StoredLogisticModel, sigmoid } from './logistic.js';
import { quoteSpans } from './quotes.js';
import { type Span, sentences, words } from './text.js';
import shipped from './threat-model.json' with { type: 'json' };
import type { ThreatFinding } from './threats.js';
import { LEGITIMATE } from './threats.js';

/**
 * The statistical threat model next to the rules (docs/LANGUAGE.md, sixth and seventh round): logistic regression
 * over word uni- and bigrams, character 3–5-grams and crude stems (pairs and skip pairs), trained on the `dev`
 * split and the no longer blind `test2`–`test4` by `npm run train:language`; the weights ship in
 * `threat-model.json` (offline, deterministic, nothing downloaded).
 *
 * The rules keep their say over context. Before the model reads an utterance, every clause that the rules'
 * context handling would not count is blanked: quotes, clauses whose rule match was negated or reported,
 * reported speech ("mijn zwager zei dat…"), figures of speech ("grapje"), hypotheticals ("stel dat…"), a
 * negated intention of the speaker ("ik ga u heus niks aandoen") and sentences that name a legitimate means
 * (complaint, lawyer, court, press). The model sees what is left.
 */

export interface ThreatModel extends LogisticModel {
  /** Probability at or above which the model calls an utterance a threat (chosen on dev by cross-validation). */
  threshold: number;
}

export interface StoredThreatModel extends StoredLogisticModel {
  threshold: number;
}

export const THREAT_MODEL: ThreatModel = {
  ...load(shipped as StoredThreatModel),
  threshold: (shipped as StoredThreatModel).threshold,
};

type Kind = 'w' | 'b' | 'c' | 's' | 't' | 'k';
const KINDS: readonly Kind[] = ['w', 'b', 'c', 's', 't', 'k'];

/** Second person in every register and dialect the data has ("je", "u", "gij", "oe"…): one token, `<you>`. */
const YOU = new Set(['je', 'jou', 'jij', 'u', 'jullie', 'jouw', 'uw', 'jouwe', 'ge', 'gij', 'oe', 'dich']);
/** The speaker and their side ("ik", "we", "mijn", "ich"…): one token, `<me>`. */
const ME = new Set(['ik', 'we', 'wij', 'ich', 'me', 'mijn', 'mn', "m'n", 'ons', 'onze']);

/**
 * A crude Dutch stem (seventh round): pronouns folded to `<you>`/`<me>`, common inflection and diminutive endings
 * cut, a doubled last letter undone ("zakken"→"zak", "kinderen"→"kinder", "huisje"→"huis", "pakt"→"pak"). Not
 * linguistics: a way to let "ik kom u halen" and "we komen jou halen" share features, which is what generalised
 * best in the out-of-fold comparison (docs/LANGUAGE.md, "Seventh round").
 */
export function stemOf(word: string): string {
  if (YOU.has(word)) return '<you>';
  if (ME.has(word)) return '<me>';
  const cut = word.replace(/(?:tjes|jes|tje|je|ens|en|es|e|s|t|d)$/, '');
  return (cut.length < 3 ? word : cut).replace(/(.)\1$/, '$1');
}

/**
 * Calls `visit` for every feature occurrence (may repeat): `w` word, `b` word pair, `c` character 3–5-gram over
 * the words, `s` stem, `t` stem pair, `k` stem pair with one or two words between them ("ik … je").
 */
function eachFeature(folded: string, visit: (kind: Kind, key: string) => void): void {
  const tokens = words(folded).map((w) => w.word.replace(/\d/g, '0'));
  const stems = tokens.map(stemOf);
  for (let i = 0; i < tokens.length; i++) {
    visit('w', tokens[i] as string);
    visit('s', stems[i] as string);
    if (i + 1 < tokens.length) {
      visit('b', `${tokens[i]} ${tokens[i + 1]}`);
      visit('t', `${stems[i]} ${stems[i + 1]}`);
    }
    for (let j = i + 2; j < Math.min(tokens.length, i + 4); j++) visit('k', `${stems[i]} ${stems[j]}`);
  }
  const line = ` ${tokens.join(' ')} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= line.length; i++) visit('c', line.slice(i, i + n));
  }
}

/** Distinct features of a folded text, each `<kind>:<key>` (see `eachFeature`). */
export function features(folded: string): string[] {
  const out = new Set<string>();
  eachFeature(folded, (kind, key) => out.add(`${kind}:${key}`));
  return [...out];
}

/**
 * The model prepared for scoring (the hot path of `analyse`): per kind a map from key to feature number, so no
 * prefixed strings are built, and a stamp per feature so that a feature counts once without a Set per call.
 */
interface Compiled {
  index: Record<Kind, Map<string, number>>;
  weights: Float64Array;
  stamp: Uint32Array;
  call: number;
}
const COMPILED = new WeakMap<LogisticModel, Compiled>();

function compile(model: LogisticModel): Compiled {
  let compiled = COMPILED.get(model);
  if (!compiled) {
    const index = Object.fromEntries(KINDS.map((k) => [k, new Map<string, number>()])) as Record<
      Kind,
      Map<string, number>
    >;
    const weights = new Float64Array(model.weights.size);
    let n = 0;
    for (const [f, w] of model.weights) {
      index[f[0] as Kind]?.set(f.slice(2), n);
      weights[n++] = w;
    }
    compiled = { index, weights, stamp: new Uint32Array(n), call: 0 };
    COMPILED.set(model, compiled);
  }
  return compiled;
}

/** `predict(model, features(folded))`, computed without building the feature list. */
export function probability(model: LogisticModel, folded: string): number {
  const c = compile(model);
  c.call = c.call === 0xffffffff ? 1 : c.call + 1;
  if (c.call === 1) c.stamp.fill(0);
  const call = c.call;
  let sum = 0;
  let known = 0;
  eachFeature(folded, (kind, key) => {
    const i = c.index[kind].get(key);
    if (i === undefined || c.stamp[i] === call) return;
    c.stamp[i] = call;
    sum += c.weights[i] as number;
    known++;
  });
  return sigmoid(model.bias + (known === 0 ? 0 : sum / Math.sqrt(known)));
}

/**
 * A denied intention ("ik ga u heus niks aandoen", "ik zou nooit iemand slaan") or a denial of being violent ("ik
 * ben niet agressief", "wij zijn geen geweldplegers"). Not a denied state ("ik ben niet iemand die dit laat
 * gebeuren", "ik kan niet garanderen dat…"): those are how veiled threats are often phrased.
 */
const NEGATED_INTENT =
  /\b(?:ik|we|wij)\s+(?:(?:ga|gaan|zal|zullen|zou|zouden|wil|willen|kom|komen|doe|doen)\s+(?:\S+\s+){0,3}?(?:niet|nooit|niks|niets|nimmer|niemand)|(?:ben|zijn)\s+(?:\S+\s+)?(?:niet|geen)\s+(?:\S+\s+)?(?:agressie\w*|agressief|gewelddadig\w*|gevaarlijk\w*|geweldpleger\w*|crimineel|criminelen))\b/;
/** "ik ben niet bang om…" announces the act (as in the rules' negation); "als ik jou was" is advice, not a denial. */
const NOT_A_DENIAL = /\bniet\s+bang\s+(?:om|voor)\b|\bals\s+ik\s+(?:jou|u|jij)\s+was\b/;
const HYPOTHETICAL =
  /\b(?:stel\s+(?:je\s+voor\s+)?dat|stel\s+nou\s+dat|wat\s+als|hypothetisch|in\s+theorie|als\s+ik\s+niet\s+zo|(?:ik\s+kan\s+me|kan\s+je\s+je|kun\s+je\s+je)\s+voorstellen\s+dat)\b/;

/** Clauses: sentences cut after a comma or colon and before "maar" (as the rules' structural threats do). */
export function clauses(folded: string, sentenceSpans: readonly Span[] = sentences(folded)): Span[] {
  const out: Span[] = [];
  for (const sentence of sentenceSpans) {
    let at = sentence.start;
    for (const part of folded.slice(sentence.start, sentence.end).split(/(?<=[,:])|\s(?=maar\b)/)) {
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
  if (LEGITIMATE.test(sentenceText)) return 'legitimate';
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

/** The model's threat, if any: its probability and the clause it reads as most threatening (the cue), or null. */
export function modelThreat(folded: string, findings: readonly ThreatFinding[], model: ThreatModel = THREAT_MODEL) {
  const { text, visible } = visibleText(folded, findings);
  if (visible.length === 0) return null;
  const p = probability(model, text);
  if (p < model.threshold) return null;
  let best: Span = visible[0] as Span;
  let bestP = -1;
  for (const clause of visible) {
    const clauseP = probability(model, text.slice(clause.start, clause.end));
    if (clauseP > bestP) {
      best = clause;
      bestP = clauseP;
    }
  }
  return { probability: p, span: trim(folded, best) };
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:]/.test(text[start] as string)) start++;
  while (end > start && /[\s,:.!?;]/.test(text[end - 1] as string)) end--;
  return { start, end };
}
