import { describe, expect, it } from 'vitest';
import { message, pickLanguage } from './messages.js';

describe('pickLanguage', () => {
  it("prefers the user's own setting over the browser", () => {
    expect(pickLanguage('en', 'nl-NL,nl;q=0.9')).toBe('en');
    expect(pickLanguage('nl', 'en-GB,en;q=0.9')).toBe('nl');
  });

  it('follows the first language of Accept-Language without a (valid) setting', () => {
    expect(pickLanguage(undefined, 'en-US,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(pickLanguage(undefined, 'EN')).toBe('en');
    expect(pickLanguage(undefined, ' en-gb ')).toBe('en');
    expect(pickLanguage('fr', 'en')).toBe('en');
    expect(pickLanguage(undefined, 'nl-BE,en;q=0.5')).toBe('nl');
  });

  it('is Dutch by default and for languages it does not speak', () => {
    expect(pickLanguage(undefined, undefined)).toBe('nl');
    expect(pickLanguage(undefined, '')).toBe('nl');
    expect(pickLanguage(undefined, 'de-DE,de;q=0.9')).toBe('nl');
    expect(pickLanguage(undefined, '*')).toBe('nl');
  });
});

describe('message', () => {
  it('gives the message of a code in Dutch and in English', () => {
    expect(message('nl', 'forbidden')).toBe('U heeft geen toegang tot dit onderdeel.');
    expect(message('en', 'forbidden')).toBe('You do not have access to this part.');
  });

  it('fills placeholders from the parameters', () => {
    expect(message('nl', 'account_locked', { minutes: 15 })).toContain('over 15 minuten');
    expect(message('en', 'account_locked', { minutes: 3 })).toContain('in 3 minutes');
    expect(message('en', 'body_too_large', { limit: 1_048_576 })).toBe(
      'The data is too large (at most 1048576 bytes).',
    );
    expect(message('nl', 'unknown_reference', { field: 'team' })).toBe('Een gekozen team bestaat niet (meer).');
  });

  it('leaves a placeholder visible when its parameter is missing, rather than printing "undefined"', () => {
    expect(message('en', 'account_locked')).toContain('{minutes}');
    expect(message('en', 'account_locked')).not.toContain('undefined');
  });
});
