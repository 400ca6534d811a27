import { describe, expect, it } from 'vitest';
import { printable } from './pdf-document.js';

describe('printable', () => {
  it('keeps Dutch text, euro sign and typographic quotes as they are', () => {
    expect(printable('Geachte heer Müller, € 125,50 „ik weet waar u woont”. Café')).toBe(
      'Geachte heer Müller, € 125,50 „ik weet waar u woont”. Café',
    );
  });
  it('drops only the accent of letters outside the font, and replaces what cannot be drawn', () => {
    expect(printable('Dvořák ąć')).toBe('Dvorák ac');
    expect(printable('Łukasz 😀 中')).toBe('?ukasz ? ?');
  });
  it('turns Windows line ends into newlines', () => {
    expect(printable('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
