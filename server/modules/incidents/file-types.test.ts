import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-types.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

describe('detectFileType', () => {
  it('recognises photos, PDFs and e-mails by their first bytes', () => {
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(detectFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(detectFileType(bytes([0, 0, 0, 24], 'ftypheic', [0, 0]))).toBe('image/heic');
    expect(detectFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectFileType(bytes('Received: from mail.example\r\nSubject: dreiging\r\n\r\nTekst'))).toBe(
      'message/rfc822',
    );
    expect(detectFileType(bytes('From: klant@example.org\nTo: balie@wonenzuid.example\n'))).toBe('message/rfc822');
  });
  it('refuses anything else, whatever its name would say', () => {
    expect(detectFileType(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(detectFileType(bytes('MZ', [0x90, 0, 3]))).toBeNull();
    expect(detectFileType(bytes('PK', [3, 4]))).toBeNull();
    expect(detectFileType(bytes('Gewoon wat tekst'))).toBeNull();
    expect(detectFileType(bytes('From: x', [0], 'binary'))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});
