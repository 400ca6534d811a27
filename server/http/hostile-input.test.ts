import { describe, expect, it } from 'vitest';
import { containsNul } from './hostile-input.js';

describe('containsNul', () => {
  it('finds NUL in a string, anywhere', () => {
    expect(containsNul('\u0000')).toBe(true);
    expect(containsNul('abc\u0000')).toBe(true);
    expect(containsNul('a\u0000b')).toBe(true);
  });

  it('finds NUL in nested arrays and objects, and in keys', () => {
    expect(containsNul({ a: { b: ['x', { c: 'y\u0000' }] } })).toBe(true);
    expect(containsNul([[['\u0000']]])).toBe(true);
    expect(containsNul({ 'sleutel\u0000': 'waarde' })).toBe(true);
  });

  it('accepts ordinary values, including other control characters and the text "\\u0000"', () => {
    expect(containsNul('gewone tekst, ü € 🏢')).toBe(false);
    expect(containsNul('\\u0000')).toBe(false);
    expect(containsNul('tab\tnieuwe regel\n')).toBe(false);
    expect(containsNul({ a: [1, true, null, { b: 'c' }] })).toBe(false);
    for (const value of [null, undefined, 0, 42, false, true, '', [], {}]) expect(containsNul(value)).toBe(false);
  });

  it('treats absurd nesting as hostile, but not ordinary nesting', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100; level++) deep = [deep];
    expect(containsNul(deep)).toBe(true);
    let shallow: unknown = 'x';
    for (let level = 0; level < 20; level++) shallow = { level: shallow };
    expect(containsNul(shallow)).toBe(false);
  });
});
