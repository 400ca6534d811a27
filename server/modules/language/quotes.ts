import type { Span } from './text.js';

/**
 * Literal quotes: „…”, “…”, "…", '…' and ‘…’. In a report a quote is a fact (seed 000: "feiten en citaten"), so
 * nothing inside one is flagged as a judgement, not even an insult ("hij noemde mij 'trut'").
 *
 * Works on the folded text, where every double quote is `"` and every apostrophe is `'`. A single quote opens
 * only at the start of a word that is not a Dutch clitic ('s, 't, 'n, 'k, 'm) and closes only at the end of one,
 * so "auto's", "zo'n" and "'s avonds" are not mistaken for quotes.
 */
export function quoteSpans(folded: string): Span[] {
  const spans: Span[] = [];
  const double = /"([^"\n]*)"/g;
  for (const m of folded.matchAll(double)) spans.push({ start: m.index, end: m.index + m[0].length });
  // An unclosed double quote runs to the end of its line: what follows is still what the client said.
  const unclosed = countOutside(folded, spans, '"');
  if (unclosed.length === 1) {
    const start = unclosed[0] as number;
    const lineEnd = folded.indexOf('\n', start);
    spans.push({ start, end: lineEnd === -1 ? folded.length : lineEnd });
  }
  const single = /(^|[\s(:[-])'(?!(?:s|t|n|k|m|r)\b)([^'\n]*?[^\s'])'(?![\p{L}])/gu;
  for (const m of folded.matchAll(single)) {
    const start = m.index + (m[1] as string).length;
    const span = { start, end: m.index + m[0].length };
    if (!spans.some((s) => s.start <= span.start && span.end <= s.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Positions of `ch` outside the (sorted, non-overlapping) spans, in one pass. */
function countOutside(folded: string, spans: Span[], ch: string): number[] {
  const out: number[] = [];
  let s = 0;
  for (let i = folded.indexOf(ch); i !== -1; i = folded.indexOf(ch, i + 1)) {
    while (s < spans.length && (spans[s] as Span).end <= i) s++;
    const span = spans[s];
    if (!span || i < span.start) out.push(i);
  }
  return out;
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
