import { type LogisticModel, load, type StoredLogisticModel, sigmoid } from './logistic.js';
import { type Span, words } from './text.js';
import { classesOf } from './threat-concepts.js';
import shipped from './threat-model.json' with { type: 'json' };
import { visibleText } from './threat-vetoes.js';
import type { ThreatFinding } from './threats.js';

/**
 * The statistical threat model next to the rules (docs/LANGUAGE.md, sixth to eighth round): logistic regression
 * over word uni- and bigrams, character 3–5-grams, crude stems (pairs and skip pairs) and word classes with their
 * pairs (threat-concepts.ts), trained on the `TRAINING_SPLITS` by `npm run train:language`; the weights ship in
 * `threat-model.json` (offline, deterministic, nothing downloaded).
 *
 * The rules keep their say over context. Before the model reads an utterance, every clause that the rules'
 * context handling would not count is blanked: quotes, clauses whose rule match was negated or reported,
 * reported speech ("mijn zwager zei dat…"), figures of speech ("grapje"), hypotheticals ("stel dat…"), a
 * negated intention of the speaker ("ik ga u heus niks aandoen"), self-harm used as pressure, harmless readings the
 * rules know ("vrienden die ook bij jullie huren") and sentences that name a legitimate means (complaint, lawyer,
 * court, press). The model sees what is left.
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

type Kind = 'w' | 'b' | 'c' | 's' | 't' | 'k' | 'g' | 'h';
const KINDS: readonly Kind[] = ['w', 'b', 'c', 's', 't', 'k', 'g', 'h'];

/** Second person in every register and dialect the data has ("je", "u", "gij", "oe"…): one token, `<you>`. */
const YOU = new Set(['je', 'jou', 'jij', 'u', 'jullie', 'jouw', 'uw', 'jouwe', 'ge', 'gij', 'oe', 'dich']);
/** The speaker and their side ("ik", "we", "mijn", "ich"…): one token, `<me>`. */
const ME = new Set(['ik', 'we', 'wij', 'ich', 'me', 'mijn', 'mn', "m'n", 'ons', 'onze']);

/** Second-person possessives, and the classes whose words can belong to the listener. */
const POSSESSIVE_YOU = new Set(['je', 'jouw', 'uw', 'jullie', 'jouwe', 'oe']);
const POSSESSIVE_THEIR = new Set(['zijn', "z'n", 'zn', 'haar', 'hun']);
const OWNED = new Set(['property', 'family', 'body', 'life']);

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
 * the words, `s` stem, `t` stem pair, `k` stem pair with one or two words between them ("ik … je"), `g` word
 * class and `h` pair of classes in the text (eighth round).
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
  // Word classes (threat-concepts.ts) present anywhere in the text, with the listener and the speaker, and every
  // pair of them: "<you> injury", "family visit", "property damage".
  const present = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (const cls of classesOf(tokens[i] as string)) present.add(cls);
    const stem = stems[i] as string;
    if (stem === '<you>' || stem === '<me>') present.add(stem);
    // What belongs to the listener: "jouw wagen", "uw dochter", "je mooie gezicht".
    // And to someone else: "z'n benen", "haar auto".
    const owner = POSSESSIVE_YOU.has(tokens[i] as string)
      ? 'your'
      : POSSESSIVE_THEIR.has(tokens[i] as string)
        ? 'their'
        : null;
    if (owner) {
      for (const next of [tokens[i + 1], tokens[i + 2]]) {
        for (const cls of next === undefined ? [] : classesOf(next)) if (OWNED.has(cls)) present.add(`${owner}-${cls}`);
      }
    }
  }
  const classes = [...present].sort();
  for (let a = 0; a < classes.length; a++) {
    const first = classes[a] as string;
    if (first !== '<you>' && first !== '<me>') visit('g', first);
    for (let b = a + 1; b < classes.length; b++) {
      // Speaker and listener together say little on their own (most sentences at a desk have both), and as one
      // heavy feature the pair tipped harmless sentences over ("je zult zien dat ik gelijk heb").
      if (first === '<me>' && classes[b] === '<you>') continue;
      visit('h', `${first} ${classes[b]}`);
    }
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
