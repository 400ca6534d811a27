import { sql } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import en from '../../../web/i18n/en.json' with { type: 'json' };
import nl from '../../../web/i18n/nl.json' with { type: 'json' };
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import type { Language } from '../../http/messages.js';
import type { SessionUser } from '../../http/policy.js';
import { dutchDate } from '../../time/dutch-time.js';
import { recordRead } from '../audit/record-read.js';
import { currentProtocol } from '../protocols/service.js';
import { requirementCoverage } from '../training/records.js';
import { rowLabelKey } from './labels.js';
import type { TDashboard, TDashboardQuery } from './schema.js';
import { dashboard } from './service.js';

type Catalogue = Record<string, unknown>;

/** A text of the web client's catalogue by its dotted key, so the PDF uses the same words as the screens. */
function lookup(language: Language, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = language === 'en' ? en : nl;
  for (const part of key.split('.')) node = (node as Catalogue | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

function formatted(value: number | null, suppressed: boolean, unit: string, language: Language): string {
  if (suppressed) return lookup(language, 'dashboard.suppressedShort');
  if (value === null) return '–';
  const number = value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL');
  return unit === 'count' ? number : `${number} ${lookup(language, `dashboard.units.${unit}`)}`;
}

/** The sections of the evidence report that come from the dashboard: incidents, follow-up, measures, alarms. */
const FIGURE_SECTIONS = [
  'incidents',
  'reporting',
  'measures',
  'alarms',
  'compliance',
  'language',
  'impact',
  'aftercare',
  'audits',
];

/**
 * The evidence report (verantwoording) for management, the works council and the RI&E: the policy and tolerance
 * boundary, the protocol version in force, training coverage, and the period's figures next to the previous period.
 * Aftercare and baseline/re-measurement are added as their capabilities land (each one more section here).
 */
export async function evidenceReport(
  ctx: AppContext,
  user: SessionUser,
  query: TDashboardQuery,
  language: Language,
): Promise<{ pdf: Buffer; from: string; to: string }> {
  const [figures, protocol, coverage, [organisation]] = await Promise.all([
    dashboard(ctx, user, query),
    currentProtocol(ctx),
    requirementCoverage(ctx),
    queryRows<{ name: string }>(ctx.db, sql`select name from organisation where id = 1`),
  ]);
  await recordRead(ctx, user, {
    entityType: 'evidence_report',
    entityId: `${figures.from}/${figures.to}`,
    details: { officeId: figures.officeId, departmentId: figures.departmentId },
  });
  const pdf = await render(figures, protocol, coverage, organisation?.name ?? '', language);
  return { pdf, from: figures.from, to: figures.to };
}

function render(
  figures: TDashboard,
  protocol: Awaited<ReturnType<typeof currentProtocol>>,
  coverage: Awaited<ReturnType<typeof requirementCoverage>>,
  organisationName: string,
  language: Language,
): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => lookup(language, `dashboard.${key}`, params);
  const pick = (text: { nl: string; en: string }) => text[language] || text.nl;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: t('evidence.title'), Author: organisationName },
    lang: language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor('#23508a').text(text);
    doc.moveDown(0.3).fillColor('black').font('Helvetica').fontSize(10);
  };
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(text);
  const bullet = (text: string) => doc.font('Helvetica').fontSize(10).text(`•  ${text}`, { indent: 10 });

  doc.font('Helvetica-Bold').fontSize(20).text(t('evidence.title'));
  doc.font('Helvetica').fontSize(11).text(organisationName);
  line(
    t('evidence.period', {
      from: figures.from,
      to: figures.to,
      previousFrom: figures.previousFrom,
      previousTo: figures.previousTo,
    }),
  );
  line(t('evidence.made', { date: dutchDate() }));
  line(t('evidence.audience'));

  heading(t('evidence.policy'));
  const boundary = protocol.content.toleranceBoundary;
  line(pick(boundary.intro));
  doc.moveDown(0.3);
  line(t('evidence.notAccepted'));
  for (const item of boundary.notAccepted) bullet(pick(item));
  if (boundary.always.length > 0) {
    doc.moveDown(0.3);
    line(t('evidence.always'));
    for (const item of boundary.always) bullet(pick(item));
  }

  heading(t('evidence.protocol'));
  line(
    t('evidence.protocolVersion', {
      version: protocol.version,
      date: dutchDate(new Date(protocol.publishedAt)),
      by: protocol.publishedByName ?? '–',
    }),
  );
  for (const procedure of protocol.content.procedures)
    bullet(t('evidence.procedure', { title: pick(procedure.title), steps: procedure.steps.length }));

  heading(t('evidence.training'));
  if (coverage.length === 0) line(t('evidence.noTraining'));
  for (const entry of coverage)
    bullet(
      t('evidence.coverage', {
        title: pick(entry.requirement.title),
        done: entry.done,
        people: entry.people,
        share: entry.people === 0 ? 0 : Math.round((entry.done / entry.people) * 100),
        overdue: entry.overdue,
      }),
    );

  heading(t('evidence.figures'));
  line(t('evidence.figuresLead', { size: figures.minGroupSize }));
  for (const section of figures.sections.filter((s) => FIGURE_SECTIONS.includes(s.key))) {
    doc
      .moveDown(0.5)
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(t(`sections.${section.key}.title`));
    for (const table of section.tables) {
      if (table.rows.length === 0) continue;
      doc
        .moveDown(0.2)
        .font('Helvetica-Oblique')
        .fontSize(10)
        .text(t(`tables.${section.key}.${table.key}`));
      for (const row of table.rows) {
        const name = row.label ?? lookup(language, rowLabelKey(section.key, table.key, row.key));
        bullet(
          t('evidence.row', {
            name,
            current: formatted(row.current, row.currentSuppressed, table.unit, language),
            previous: formatted(row.previous, row.previousSuppressed, table.unit, language),
          }),
        );
      }
    }
  }
  doc.end();
  return done;
}
