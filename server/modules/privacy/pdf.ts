import PDFDocument from 'pdfkit';
import type { Language } from '../../http/messages.js';
import type { SubjectExport } from './export.js';

/**
 * The same export as the JSON, readable on paper: one heading per section, each record as "field: value" lines.
 * The JSON is the complete, machine-readable answer; the PDF is what the person can read.
 */
const WORDS: Record<Language, Record<string, string>> = {
  nl: {
    title: 'Overzicht van persoonsgegevens',
    client: 'Cliënt',
    employee: 'Medewerker',
    exportedAt: 'Gemaakt op',
    none: 'Geen gegevens.',
    record: 'Gegeven',
    incidents: 'Meldingen',
    ordegesprekken: 'Ordegesprekken',
    measures: 'Maatregelen',
    attachments: 'Bijlagen (alleen gegevens over het bestand)',
    handlings: 'Handelingen',
    handlingEvents: 'Stappen van handelingen',
    alarms: 'Alarmen',
    alarmEvents: 'Gebeurtenissen bij alarmen',
    sessions: 'Inlogsessies',
    ssoIdentities: 'Koppelingen met de inlogdienst van de organisatie',
    audit: 'Vermeldingen in het auditlog',
    letters: 'Brieven aan de cliënt',
    debriefs: 'Nabesprekingen',
    evaluations: 'Evaluaties',
    aftercareCheckins: 'Nazorg: gesprekken en antwoorden',
    aftercareAbsences: 'Verzuim na een incident',
    confidentialReports: 'Vertrouwelijke meldingen',
    confidentialMessages: 'Berichten met de vertrouwenspersoon',
  },
  en: {
    title: 'Overview of personal data',
    client: 'Client',
    employee: 'Employee',
    exportedAt: 'Made on',
    none: 'No data.',
    record: 'Record',
    incidents: 'Incident reports',
    ordegesprekken: 'Ordegesprekken',
    measures: 'Measures',
    attachments: 'Attachments (file details only)',
    handlings: 'Handlings',
    handlingEvents: 'Steps of handlings',
    alarms: 'Alarms',
    alarmEvents: 'Alarm events',
    sessions: 'Sign-in sessions',
    ssoIdentities: "Links with the organisation's sign-in service",
    audit: 'Audit log entries',
    letters: 'Letters to the client',
    debriefs: 'Debriefs',
    evaluations: 'Evaluations',
    aftercareCheckins: 'Aftercare: conversations and answers',
    aftercareAbsences: 'Absence after an incident',
    confidentialReports: 'Confidential reports',
    confidentialMessages: 'Messages with the confidential counsellor',
  },
};

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function exportPdf(data: SubjectExport, language: Language): Promise<Buffer> {
  const table = WORDS[language];
  const words = (key: string): string => table[key] ?? key;
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: words('title') } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(18).text(words('title'));
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`${words(data.subject.type)}: ${data.subject.id}`)
    .text(`${words('exportedAt')}: ${data.exportedAt}`);
  for (const [section, records] of Object.entries(data.sections)) {
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text(words(section));
    if (records.length === 0) {
      doc.font('Helvetica').fontSize(9).text(words('none'));
      continue;
    }
    records.forEach((record, index) => {
      doc
        .moveDown(0.4)
        .font('Helvetica-Bold')
        .fontSize(9)
        .text(`${words('record')} ${index + 1}`);
      doc.font('Helvetica').fontSize(8.5);
      for (const [field, value] of Object.entries(record)) {
        if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        doc.text(`${field}: ${show(value)}`);
      }
    });
  }
  doc.end();
  return done;
}
