import { longDate } from '../../time/spoken-dates.js';
import { newDocument, printable } from './pdf-document.js';

export interface LetterLayout {
  organisation: string;
  /** The sending office's address, when known. */
  senderAddress: string;
  clientName: string;
  clientAddress: string;
  subject: string;
  body: string;
  /** Our reference, so a client who calls about the letter is found quickly. */
  reference: string;
  date: Date;
}

/** A letter on A4: sender, address block, date and subject, then the text as the manager approved it. */
export function renderLetter(letter: LetterLayout): Promise<Buffer> {
  const { doc, bytes } = newDocument({ Title: printable(letter.subject), Author: printable(letter.organisation) });
  doc.font('Helvetica-Bold').fontSize(14).text(printable(letter.organisation));
  if (letter.senderAddress)
    doc.font('Helvetica').fontSize(9).fillColor('#444444').text(printable(letter.senderAddress));
  doc.fillColor('black').moveDown(3);
  doc.font('Helvetica').fontSize(11).text(printable(letter.clientName));
  if (letter.clientAddress) doc.text(printable(letter.clientAddress));
  doc.moveDown(2);
  doc.fontSize(10).text(`Datum: ${longDate(letter.date)}`);
  doc.text(`Ons kenmerk: ${printable(letter.reference)}`);
  doc.font('Helvetica-Bold').text(`Betreft: ${printable(letter.subject)}`);
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(11);
  for (const paragraph of printable(letter.body).split(/\n{2,}/)) {
    doc.text(paragraph, { align: 'left', lineGap: 2 });
    doc.moveDown(0.8);
  }
  doc.end();
  return bytes;
}
