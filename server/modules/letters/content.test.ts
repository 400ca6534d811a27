import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  fillPlaceholders,
  LETTER_KINDS,
  PLACEHOLDERS,
  type PlaceholderValues,
  unknownPlaceholders,
} from './content.js';

const VALUES = Object.fromEntries(PLACEHOLDERS.map((name) => [name, `<${name}>`])) as PlaceholderValues;

describe('letter templates', () => {
  it('fills every known placeholder, with or without spaces inside the braces', () => {
    expect(fillPlaceholders('Beste {{clientName}}, {{ amount }} op {{incidentDate}}', VALUES)).toBe(
      'Beste <clientName>, <amount> op <incidentDate>',
    );
  });
  it('leaves an unknown placeholder visible and names it', () => {
    expect(fillPlaceholders('Beste {{klant}}', VALUES)).toBe('Beste {{klant}}');
    expect(unknownPlaceholders('{{klant}} {{clientName}} {{bedrag}} {{klant}}')).toEqual(['klant', 'bedrag']);
  });
  it('does not fill placeholders inside filled-in values a second time', () => {
    const values = { ...VALUES, facts: 'De klant typte {{clientName}}' };
    expect(fillPlaceholders('{{facts}}', values)).toBe('De klant typte {{clientName}}');
  });
  it.each(LETTER_KINDS)(
    'built-in %s letter uses only known placeholders and tells the client about the AVG',
    (kind) => {
      const template = DEFAULT_TEMPLATES[kind];
      expect(unknownPlaceholders(template.body)).toEqual([]);
      expect(template.body).toContain('{{clientName}}');
      expect(template.body).toContain('{{facts}}');
      expect(template.body).toMatch(/inzage/);
      expect(template.body).toMatch(/verbeteren/);
    },
  );
});
