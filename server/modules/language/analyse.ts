import { findAdvice } from './advice.js';
import { isUnsupportedLanguage } from './detect-language.js';
import { findInsults } from './insults.js';
import { findJudgements } from './judgements.js';
import { estimatePhase, FRUSTRATION_RE, ORGANISATION_RE, SWEARING_RE } from './phase.js';
import { quoteSpans } from './quotes.js';
import { reasonInEnglish } from './reasons-en.js';
import { findShouting } from './shouting.js';
import { fold, matchAll, type Span } from './text.js';
import { modelThreat } from './threat-model.js';
import { findThreats, findUtteranceThreats } from './threats.js';
import type { AnalysisItem, AnalysisResult, Cue, CueCode } from './types.js';

/**
 * The Dutch language assistant: one pure, deterministic function from an item to its analysis.
 * - `utterance` (what a client said): phase 1–4 with cues, threat, insult, shouting.
 * - `report` (what an employee wrote afterwards): judgements with reason and suggestion. Quotes are facts: the
 *   threat/insult/shouting flags of a report describe what its quotes contain (so a quoted threat is noticed).
 * - `response` (what the employee says): advice and the script parts it contains; shouting if typed in capitals.
 * English text gets the empty result with the single cue `unsupported_language` (phase null, no flags).
 */
export interface AnalyseOptions {
  /** Language of the explanations (`reason`); suggestions stay Dutch because they go into a Dutch text. */
  language?: 'nl' | 'en';
}

export function analyse(item: AnalysisItem, options: AnalyseOptions = {}): AnalysisResult {
  const { id, kind, text } = item;
  const folded = fold(text);
  const result: AnalysisResult = {
    id,
    kind,
    phase: null,
    threat: false,
    insult: false,
    shouting: false,
    judgements: [],
    advice: [],
    cues: [],
  };
  if (isUnsupportedLanguage(folded)) {
    result.cues.push({ code: 'unsupported_language', start: 0, end: text.length, text });
    return result;
  }
  const cue = (code: CueCode, span: Span): Cue => ({
    code,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
  });

  if (kind === 'report') {
    const quotes = quoteSpans(folded);
    result.judgements = findJudgements(text, folded, quotes);
    if (options.language === 'en') {
      for (const j of result.judgements) j.reason = reasonInEnglish(j.reason);
    }
    for (const q of quotes) result.cues.push(cue('quote', q));
    const quoted = maskOutside(folded, quotes);
    result.threat = findThreats(quoted).some((t) => t.status === 'threat');
    result.insult = findInsults(quoted).some((f) => f.code !== 'personal_attack');
    result.shouting = quotes.some((q) => findShouting(text.slice(q.start, q.end)).length > 0);
    return result;
  }

  const shouting = findShouting(text);
  result.shouting = shouting.length > 0;
  if (kind === 'response') {
    const { advice, cues } = findAdvice(text, folded);
    result.advice = advice;
    result.cues = cues;
    return result;
  }

  const cues: Cue[] = [];
  const threats = findUtteranceThreats(folded);
  for (const t of threats) {
    cues.push(cue(t.status === 'threat' ? 'threat' : t.status === 'negated' ? 'negated_threat' : 'reported_threat', t));
  }
  const threatSpans = threats.filter((t) => t.status === 'threat');
  // The statistical model reads what the rules found no threat in (with their negation, reported speech,
  // hypotheticals and legitimate means still vetoing clauses); its cue is the clause it reads as most threatening.
  const fromModel = threatSpans.length === 0 ? modelThreat(folded, threats) : null;
  if (fromModel) cues.push(cue('threat_model', fromModel.span));
  const insults = findInsults(folded);
  for (const f of insults) cues.push(cue(f.code, f));
  const taken = [...threats, ...insults];
  const free = (s: Span) => !taken.some((t) => t.start < s.end && s.start < t.end);
  for (const m of matchAll(ORGANISATION_RE, folded)) if (free(m)) cues.push(cue('organisation_criticism', m));
  for (const m of matchAll(SWEARING_RE, folded)) if (free(m)) cues.push(cue('swearing_situation', m));
  for (const m of matchAll(FRUSTRATION_RE, folded)) if (free(m)) cues.push(cue('frustration', m));
  for (const s of shouting) cues.push(cue(s.code, s));
  cues.sort((a, b) => a.start - b.start || a.end - b.end);

  result.cues = cues;
  result.threat = threatSpans.length > 0 || fromModel !== null;
  result.insult = insults.some((f) => f.code !== 'personal_attack');
  result.phase = estimatePhase(cues);
  return result;
}

/** The folded text with everything outside the given spans blanked (same length, so offsets still hold). */
function maskOutside(folded: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += ' '.repeat(Math.max(0, s.start - at)) + folded.slice(Math.max(at, s.start), s.end);
    at = Math.max(at, s.end);
  }
  return out + ' '.repeat(Math.max(0, folded.length - at));
}
