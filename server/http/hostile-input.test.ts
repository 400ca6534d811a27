import { describe, expect, it } from 'vitest';
import { containsUnstorableText } from './hostile-input.js';

describe('containsUnstorableText', () => {
  it('finds NUL in a string, anywhere', () => {
    expect(containsUnstorableText('\u0000')).toBe(true);
    expect(containsUnstorableText('abc\u0000')).toBe(true);
    expect(containsUnstorableText('a\u0000b')).toBe(true);
  });

  it('finds NUL in nested arrays and objects, and in keys', () => {
    expect(containsUnstorableText({ a: { b: ['x', { c: 'y\u0000' }] } })).toBe(true);
    expect(containsUnstorableText([[['\u0000']]])).toBe(true);
    expect(containsUnstorableText({ 'sleutel\u0000': 'waarde' })).toBe(true);
  });

  it('finds lone surrogates, which are not characters, but accepts whole emoji', () => {
    expect(containsUnstorableText('\uD800')).toBe(true);
    expect(containsUnstorableText('a\uDC00b')).toBe(true);
    expect(containsUnstorableText({ '\uDBFF': 'x' })).toBe(true);
    expect(containsUnstorableText('😀 \uD83D\uDE00')).toBe(false);
  });

  it('accepts ordinary values, including other control characters and the text "\\u0000"', () => {
    expect(containsUnstorableText('gewone tekst, ü € 🏢')).toBe(false);
    expect(containsUnstorableText('\\u0000')).toBe(false);
    expect(containsUnstorableText('tab\tnieuwe regel\n')).toBe(false);
    expect(containsUnstorableText({ a: [1, true, null, { b: 'c' }] })).toBe(false);
    for (const value of [null, undefined, 0, 42, false, true, '', [], {}])
      expect(containsUnstorableText(value)).toBe(false);
  });

  it('treats absurd nesting as hostile, but not ordinary nesting', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100; level++) deep = [deep];
    expect(containsUnstorableText(deep)).toBe(true);
    let shallow: unknown = 'x';
    for (let level = 0; level < 20; level++) shallow = { level: shallow };
    expect(containsUnstorableText(shallow)).toBe(false);
  });
});
