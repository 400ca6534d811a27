/**
 * Text helpers. All matching runs on a "folded" copy of the text that has exactly the same length as the
 * original, so every regular-expression offset is also a character offset into the text the user wrote.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '`', '\u00b4', '\u02bc']);
const DOUBLE_QUOTES = new Set(['\u201e', '\u201c', '\u201d', '\u00ab', '\u00bb']);

/** Lower case, no diacritics, one apostrophe and one double quote character; same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (APOSTROPHES.has(c)) {
      out += "'";
      continue;
    }
    if (DOUBLE_QUOTES.has(c)) {
      out += '"';
      continue;
    }
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += c.toLowerCase();
      continue;
    }
    const lowered = c.toLowerCase().normalize('NFD');
    const base = lowered[0] as string;
    out += lowered.length >= 1 && base.length === 1 && base.charCodeAt(0) < 0xd800 ? base : c;
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Sentences: split after . ! ? ; and line breaks; offsets into the text, trimmed of surrounding space. */
export function sentences(text: string): Span[] {
  const result: Span[] = [];
  const re = /[^.!?;\n]+[.!?;]*/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) result.push({ start, end });
  }
  return result;
}

/** Words of the folded text with their offsets. */
export function words(folded: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** All matches of a global regular expression as spans (the regex must have the g flag). */
export function matchAll(re: RegExp, folded: string): (Span & { match: RegExpExecArray })[] {
  const out: (Span & { match: RegExpExecArray })[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

/** Build a regex alternative from a word list (longest first, so "kankerlijer" wins over "kanker"). */
export function alternatives(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|');
}
