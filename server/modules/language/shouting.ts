import type { Span } from './text.js';

/**
 * Shouting in writing: words in capitals (not abbreviations such as UWV or WMO) or repeated exclamation marks.
 * One exclamation mark, or one short capitalised word for emphasis, is not
 * shouting; one long one ("BELACHELIJK") is.
 */

const ABBREVIATIONS = new Set([
  'UWV',
  'WMO',
  'BSN',
  'CAK',
  'SVB',
  'DUO',
  'GGD',
  'GGZ',
  'IND',
  'CJIB',
  'ABN',
  'ING',
  'AOW',
  'WW',
  'WIA',
  'BHV',
  'HR',
  'OK',
  'PDF',
  'SMS',
  'BTW',
  'KVK',
  'VVE',
  'AVG',
  'TV',
  'WC',
  'CV',
  'NS',
  'DIGID',
  'ID',
  'IBAN',
  'APK',
  'RDW',
  'HRM',
  'JGZ',
  'WOZ',
  'OZB',
]);

export interface ShoutingFinding extends Span {
  code: 'shouting_capitals' | 'shouting_exclamation';
}

export function findShouting(text: string): ShoutingFinding[] {
  const found: ShoutingFinding[] = [];
  // Runs of capitalised words: two or more words of at least two capitals each, not abbreviations.
  const capitalWords: Span[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{Lu}'’-]*\p{Lu}\b/gu)) {
    if (ABBREVIATIONS.has(m[0].toUpperCase()) && m[0].length <= 4) continue;
    capitalWords.push({ start: m.index, end: m.index + m[0].length });
  }
  let run: Span | null = null;
  let count = 0;
  const flush = () => {
    if (run && (count >= 2 || run.end - run.start >= 6)) found.push({ ...run, code: 'shouting_capitals' });
  };
  for (const w of capitalWords) {
    if (run && /^[\s\p{Lu}\p{N},.!?'’"-]*$/u.test(text.slice(run.end, w.start)) && w.start - run.end <= 4) {
      run = { start: run.start, end: w.end };
      count++;
    } else {
      flush();
      run = w;
      count = 1;
    }
  }
  flush();
  // A text written mostly in capitals is shouting even with short words ("IK WIL NU", "HOU OP").
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (found.length === 0 && letters >= 6 && upper / letters >= 0.7) {
    found.push({ start: 0, end: text.length, code: 'shouting_capitals' });
  }
  for (const m of text.matchAll(/[!?]*![!?]*!+[!?]*|!\?!|\?!\?/g)) {
    found.push({ start: m.index, end: m.index + m[0].length, code: 'shouting_exclamation' });
  }
  return found.sort((a, b) => a.start - b.start);
}
