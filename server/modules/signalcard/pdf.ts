import PDFDocument from 'pdfkit';
import type { Language } from '../../http/messages.js';
import type { Channel, TText } from '../protocols/content.js';
import type { TSignalCard } from './schema.js';

/**
 * The signal card as a printable PDF: A4 for the wall or the team meeting, pocket size (A7) to carry. pdfkit's
 * standard Helvetica ships with the package (font metrics included), so nothing is downloaded and every Dutch
 * character of the card (ë, „ ”) is in its encoding.
 */
export type CardSize = 'a4' | 'pocket';

const LAYOUT: Record<CardSize, { size: string; margin: number; title: number; heading: number; body: number }> = {
  a4: { size: 'A4', margin: 50, title: 22, heading: 13, body: 10 },
  pocket: { size: 'A7', margin: 14, title: 11, heading: 8, body: 6.5 },
};

const NL_WORDS = {
  title: 'Signaalkaart',
  watch: 'Let op deze signalen',
  phases: 'Per fase: wat u ziet en wat u doet',
  phase: 'Fase',
  signals: 'Signalen',
  todo: 'Wat u doet',
  say: 'Wat u zegt',
  script: 'Script',
  route: 'Route',
  boundary: 'Grenszinnen',
  alarm: 'Intern alarm',
  emergency: 'Nood',
  version: 'Protocol versie',
  acknowledge: 'Erkenning',
  goal: 'Doel',
  boundaryPart: 'Grens',
  choice: 'Keuze',
};

const WORDS: Record<Language, Record<keyof typeof NL_WORDS, string>> = {
  nl: NL_WORDS,
  en: {
    title: 'Signal card',
    watch: 'Watch for these signals',
    phases: 'Per phase: what you see and what you do',
    phase: 'Phase',
    signals: 'Signals',
    todo: 'What you do',
    say: 'What you say',
    script: 'Script',
    route: 'Route',
    boundary: 'Boundary sentences',
    alarm: 'Internal alarm',
    emergency: 'Emergency',
    version: 'Protocol version',
    acknowledge: 'Acknowledgement',
    goal: 'Goal',
    boundaryPart: 'Boundary',
    choice: 'Choice',
  },
};

const CHANNEL_NAMES: Record<Language, Record<Channel, string>> = {
  nl: {
    desk: 'balie',
    telephone: 'telefoon',
    home_visit: 'huisbezoek',
    written: 'schriftelijk',
    online: 'online',
    public_space: 'openbare ruimte',
    other: 'overig',
  },
  en: {
    desk: 'desk',
    telephone: 'telephone',
    home_visit: 'home visit',
    written: 'written',
    online: 'online',
    public_space: 'public space',
    other: 'other',
  },
};

export function renderSignalCard(card: TSignalCard, size: CardSize, language: Language): Promise<Buffer> {
  const layout = LAYOUT[size];
  const words = WORDS[language];
  const pick = (text: TText) => (language === 'en' && text.en ? text.en : text.nl);
  const doc = new PDFDocument({
    size: layout.size,
    margin: layout.margin,
    info: { Title: `${words.title} (${size === 'a4' ? 'A4' : 'A7'})`, Author: 'Regie' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const gap = layout.body * 0.6;
  const heading = (text: string) => {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(layout.heading).fillColor('#23508a').text(text);
    doc.moveDown(0.2).fillColor('black');
  };
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font('Helvetica').fontSize(layout.body).text(text, options);
  const bold = (text: string, continued = false) =>
    doc.font('Helvetica-Bold').fontSize(layout.body).text(text, { continued });

  doc.font('Helvetica-Bold').fontSize(layout.title).text(words.title);
  doc
    .font('Helvetica-Bold')
    .fontSize(layout.heading)
    .fillColor('#cc0000')
    .text(`${words.alarm}: ${card.alarmNumber}   ${words.emergency}: ${card.emergencyNumber}`);
  doc.fillColor('black');

  heading(words.watch);
  body(card.content.watch.map((signal) => `• ${pick(signal)}`).join('\n'));

  heading(words.phases);
  for (const phase of card.phases) {
    bold(`${words.phase} ${phase.phase}: ${pick(phase.name)}`);
    bold(`${words.signals}: `, true);
    body(pick(phase.signals));
    bold(`${words.todo}: `, true);
    body(pick(phase.action));
    bold(`${words.say}: `, true);
    body(phase.sentences.map((sentence) => `„${pick(sentence)}”`).join('  '));
    doc.moveDown(gap / layout.body);
  }

  heading(words.script);
  const parts = [
    [words.acknowledge, card.script.acknowledge],
    [words.goal, card.script.goal],
    [words.boundaryPart, card.script.boundary],
    [words.choice, card.script.choice],
  ] as const;
  parts.forEach(([name, sentence], index) => {
    bold(`${index + 1}. ${name}: `, true);
    body(`„${pick(sentence)}”`);
  });

  heading(words.route);
  body(card.route.map((step, index) => `${index + 1}. ${pick(step)}`).join('\n'));

  heading(words.boundary);
  for (const entry of card.boundarySentences) {
    const channels = entry.channels.map((channel) => CHANNEL_NAMES[language][channel]).join(', ');
    bold(`${pick(entry.situation)}${channels ? ` (${channels})` : ''}: `, true);
    body(`„${pick(entry.sentence)}”`);
  }

  doc.moveDown(1);
  doc
    .font('Helvetica')
    .fontSize(layout.body * 0.85)
    .fillColor('#555555')
    .text(`${words.version} ${card.protocolVersion}`);
  doc.end();
  return done;
}
