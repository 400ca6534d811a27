import { longDate, longDateTime } from '../../time/spoken-dates.js';
import type { TIncident } from '../incidents/schema.js';
import { newDocument, printable } from './pdf-document.js';
import {
  CHANNEL_NAMES,
  dutchAmount,
  dutchPeriod,
  FORM_NAMES,
  LOCATION_NAMES,
  MEASURE_NAMES,
  NATURE_NAMES,
  RESTRICTION_NAMES,
  STATUS_NAMES,
} from './words.js';

export interface TimelineEntry {
  at: Date;
  what: string;
  who: string;
}

export interface DossierData {
  organisation: string;
  incident: TIncident;
  client: { name: string; number: string; address: string; phone: string } | null;
  timeline: TimelineEntry[];
  generatedAt: Date;
  generatedBy: string;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

/**
 * The dossier on A4 in Dutch (the reader is the Dutch police). Pages are buffered so that every page gets a
 * footer with "pagina x van y", when and by whom it was generated: a loose page still says where it belongs.
 */
export function renderDossier(data: DossierData): Promise<Buffer> {
  const { incident } = data;
  const { doc, bytes } = newDocument(
    { Title: `Incidentdossier ${incident.id}`, Author: printable(data.organisation) },
    { bufferPages: true },
  );
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#23508a').text(text);
    doc.moveDown(0.3).fillColor('black');
  };
  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(printable(value === '' ? '-' : value));
  };
  const block = (text: string) =>
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(printable(text === '' ? '-' : text));

  doc.font('Helvetica-Bold').fontSize(18).text('Incidentdossier');
  doc.font('Helvetica').fontSize(10).text(printable(data.organisation));
  doc.text(`Kenmerk: ${incident.id}`);

  heading('Het incident');
  field('Datum en tijd', incident.occurredAt ? longDateTime(incident.occurredAt) : 'onbekend');
  field(
    'Plaats',
    [
      incident.locationKind ? LOCATION_NAMES[incident.locationKind] : '',
      incident.officeName ?? '',
      incident.locationDetail,
    ]
      .filter(Boolean)
      .join(', '),
  );
  field('Kanaal', incident.channel ? (CHANNEL_NAMES[incident.channel] ?? incident.channel) : '');
  field('Soort agressie', incident.forms.map((form) => FORM_NAMES[form] ?? form).join(', '));
  field('Aard', incident.nature ? (NATURE_NAMES[incident.nature] ?? incident.nature) : '');
  field('Fase (1-4)', incident.phase ? String(incident.phase) : '');
  field('Medewerker', incident.employee.name);
  field('Gemeld door', incident.reportedBy.name);
  field('Afdeling', incident.departmentName ?? '');
  field('Melding verstuurd', incident.submittedAt ? longDateTime(incident.submittedAt) : 'nog niet');

  heading('De klant');
  if (data.client) {
    field('Naam', data.client.name);
    field('Klantnummer', data.client.number);
    field('Adres', data.client.address);
    field('Telefoon', data.client.phone);
  } else {
    field('Onbekende klant, beschrijving', incident.clientDescription);
  }
  field('Betrokkenen', incident.involved.map((person) => person.name).join(', '));
  field('Getuigen', incident.witnesses.map((person) => person.name).join(', '));

  heading('Wat er gebeurde (feiten)');
  block(incident.facts);
  heading('Letterlijke uitspraken');
  block(incident.quotes);

  heading('Gevolgen');
  field('Letsel', yesNo(incident.injury));
  field('Schade', yesNo(incident.damage));
  field('Politie betrokken', yesNo(incident.policeInvolved));
  field('Ziekteverzuim', yesNo(incident.sickLeave));
  field('Ziekenhuisopname', yesNo(incident.hospitalAdmission));
  field('Blijvend letsel', yesNo(incident.permanentInjury));
  field('Emotionele impact (1-5)', incident.emotionalImpact ? String(incident.emotionalImpact) : '');
  field('Toelichting', incident.consequences);

  heading('Tijdlijn');
  if (data.timeline.length === 0) block('Geen gebeurtenissen vastgelegd.');
  for (const entry of data.timeline) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${longDateTime(entry.at)}  `, { continued: true });
    doc.font('Helvetica').text(printable(entry.who ? `${entry.what} (${entry.who})` : entry.what));
  }

  heading('Bijlagen (bewijs)');
  if (incident.attachments.length === 0) block('Geen bijlagen.');
  for (const file of incident.attachments) {
    doc.font('Helvetica-Bold').fontSize(10).text(printable(file.fileName));
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(
        `${file.contentType}, ${file.size} bytes, toegevoegd ${longDateTime(file.uploadedAt)} door ${printable(file.uploadedBy)}`,
      );
    doc.font('Courier').fontSize(8).text(`SHA-256: ${file.sha256}`);
    doc.moveDown(0.3);
  }

  heading('Maatregelen');
  if (incident.measures.length === 0) block('Nog geen maatregelen.');
  for (const measure of incident.measures) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(MEASURE_NAMES[measure.kind] ?? measure.kind);
    field('Status', STATUS_NAMES[measure.status] ?? measure.status);
    field('Periode', dutchPeriod(measure.startsOn, measure.endsOn));
    if (measure.restriction) field('Beperking', RESTRICTION_NAMES[measure.restriction] ?? measure.restriction);
    if (measure.contactName) field('Vaste contactpersoon', measure.contactName);
    if (measure.offices.length > 0) field('Kantoren', measure.offices.join(', '));
    if (measure.amount) field('Bedrag', `€ ${dutchAmount(measure.amount)}`);
    if (measure.reason) field('Reden', measure.reason);
    if (measure.decidedBy) field('Besloten door', measure.decidedBy);
    if (measure.police) {
      const police = measure.police;
      field(
        'Aangifte door',
        [measure.onBehalfOfEmployer ? 'de werkgever' : '', police.byEmployee ? 'de medewerker' : '']
          .filter(Boolean)
          .join(' en '),
      );
      field('Gemarkeerd als VPT (Veilige Publieke Taak)', yesNo(police.vpt));
      field('Adres van de werkgever als domicilie', yesNo(police.employerAddress));
      field('Proces-verbaalnummer', police.policeReference ?? 'nog niet bekend');
      field('Datum aangifte', police.reportedOn ? longDate(police.reportedOn) : 'nog niet gedaan');
      field('Voegen in het strafproces (schadevergoeding)', yesNo(police.joinCriminalCase));
    }
    doc.moveDown(0.4);
  }

  const footer = `Gegenereerd op ${longDateTime(data.generatedAt)} door ${printable(data.generatedBy)}. Vertrouwelijk.`;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would start a new page: lift the margin while the footer is drawn.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#444444')
      .text(`Pagina ${index + 1} van ${range.count}. ${footer}`, 56, doc.page.height - 40, {
        width: doc.page.width - 112,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return bytes;
}
