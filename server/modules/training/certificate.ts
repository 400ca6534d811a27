import PDFDocument from 'pdfkit';
import type { Language } from '../../http/messages.js';
import { longDate } from '../../time/spoken-dates.js';
import type { TText } from '../protocols/content.js';

/** A completion certificate (issue 9: records): who met which requirement, when, and until when it is valid. */
export interface CertificateData {
  organisationName: string;
  personName: string;
  title: TText;
  minimumScenarios: number;
  intervalMonths: number;
  completedAt: Date;
  validUntil: Date;
  scenarioTitles: TText[];
}

const WORDS = {
  nl: {
    heading: 'Certificaat',
    intro: 'Hierbij verklaart',
    met: 'dat {name} heeft voldaan aan de trainingsverplichting',
    detail: '{count} oefengesprekken afgerond binnen {months} maanden.',
    completed: 'Voldaan op',
    valid: 'Geldig tot',
    practised: 'Geoefend',
    footer: 'Afgegeven door Regie. De trainingsgegevens staan in het auditlog van de organisatie.',
  },
  en: {
    heading: 'Certificate',
    intro: 'Hereby',
    met: 'declares that {name} has met the training requirement',
    detail: '{count} practice conversations finished within {months} months.',
    completed: 'Completed on',
    valid: 'Valid until',
    practised: 'Practised',
    footer: 'Issued by Regie. The training records are in the organisation’s audit log.',
  },
} as const;

export function renderCertificate(data: CertificateData, language: Language): Promise<Buffer> {
  const words = WORDS[language];
  const pick = (text: TText) => (language === 'en' && text.en ? text.en : text.nl);
  const date = (value: Date) => longDate(value, language);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 60,
    info: { Title: `${words.heading}: ${pick(data.title)}`, Author: 'Regie' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const center = { align: 'center' as const };
  doc
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .lineWidth(3)
    .stroke('#23508a');
  doc.moveDown(1.5).font('Helvetica-Bold').fontSize(32).fillColor('#23508a').text(words.heading, center);
  doc
    .moveDown(0.8)
    .font('Helvetica')
    .fontSize(14)
    .fillColor('black')
    .text(`${words.intro} ${data.organisationName}`, center);
  doc.moveDown(0.3).text(words.met.replace('{name}', data.personName), center);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(20).text(pick(data.title), center);
  doc
    .moveDown(0.6)
    .font('Helvetica')
    .fontSize(12)
    .text(
      words.detail.replace('{count}', String(data.minimumScenarios)).replace('{months}', String(data.intervalMonths)),
      center,
    );
  if (data.scenarioTitles.length > 0) {
    doc.moveDown(0.4).text(`${words.practised}: ${data.scenarioTitles.map(pick).join('; ')}`, center);
  }
  doc
    .moveDown(1)
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(`${words.completed}: ${date(data.completedAt)}    ${words.valid}: ${date(data.validUntil)}`, center);
  doc.moveDown(2).font('Helvetica').fontSize(9).fillColor('#555555').text(words.footer, center);
  doc.end();
  return done;
}
