import PDFDocument from 'pdfkit';

/**
 * A new A4 document and a promise of its bytes. pdfkit's built-in Helvetica ships with the package, so nothing is
 * downloaded; its WinAnsi encoding covers Dutch (ë, é, €, „ ”).
 */
export function newDocument(info: { Title: string; Author: string }, options: { bufferPages?: boolean } = {}) {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info, bufferPages: options.bufferPages ?? false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

const WIN_ANSI = /[\n\t\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/**
 * pdfkit's standard fonts cannot draw characters outside WinAnsi (Windows-1252). Letters with other accents lose
 * only the accent ("Łukasz" stays readable as "?ukasz" at worst, "Dvořák" becomes "Dvorák"); anything else
 * becomes a question mark instead of garbage.
 */
export function printable(text: string): string {
  let result = '';
  for (const character of text.replace(/\r\n?/g, '\n')) {
    if (WIN_ANSI.test(character)) result += character;
    else {
      const base = character.normalize('NFD').replace(/\p{M}/gu, '');
      result += base !== character && [...base].every((part) => WIN_ANSI.test(part)) ? base : '?';
    }
  }
  return result;
}
