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
import { latestClosedPrePost } from '../surveys/results.js';
import type { TGroupResult, TThemeFigure } from '../surveys/schema.js';
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
 * and the newest baseline with a closed re-measurement (pre/post per scale, small groups suppressed).
 */
export async function evidenceReport(
  ctx: AppContext,
  user: SessionUser,
  query: TDashboardQuery,
  language: Language,
): Promise<{ pdf: Buffer; from: string; to: string }> {
  const [figures, protocol, coverage, [organisation], prePost] = await Promise.all([
    dashboard(ctx, user, query),
    currentProtocol(ctx),
    requirementCoverage(ctx),
    queryRows<{ name: string }>(ctx.db, sql`select name from organisation where id = 1`),
    // The report is the safety officer's or director's: the whole organisation, its teams narrowed by the filters.
    latestClosedPrePost(
      ctx.db,
      { kind: 'organisation' },
      {
        ...(query.officeId ? { officeId: query.officeId } : {}),
        ...(query.departmentId ? { departmentId: query.departmentId } : {}),
      },
    ),
  ]);
  await recordRead(ctx, user, {
    entityType: 'evidence_report',
    entityId: `${figures.from}/${figures.to}`,
    details: { officeId: figures.officeId, departmentId: figures.departmentId },
  });
  const pdf = await render(figures, protocol, coverage, prePost, organisation?.name ?? '', language);
  return { pdf, from: figures.from, to: figures.to };
}

type PrePost = Awaited<ReturnType<typeof latestClosedPrePost>>;

/** A score or difference with one decimal in the reader's language (0,6 in Dutch), as on the results page. */
function score(value: number, language: Language, signed = false): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
}

/** The plain sentence of the results page (web/routes/surveys/sentence.ts), with the same catalogue texts. */
function plainSentence(figure: TThemeFigure, language: Language): string {
  const comparison = figure.comparison;
  if (!comparison) return '';
  const rounded = Math.round(comparison.difference * 10) / 10;
  const direction = rounded > 0 ? 'higher' : rounded < 0 ? 'lower' : 'same';
  return lookup(language, `surveys.sentence.${direction}`, {
    difference: score(Math.abs(comparison.difference), language),
    low: score(comparison.ciLow, language),
    high: score(comparison.ciHigh, language),
    effect: lookup(language, `surveys.effects.${comparison.effect}`),
    better: lookup(language, figure.higherIsBetter ? 'surveys.sentence.higherBetter' : 'surveys.sentence.lowerBetter'),
  });
}

/**
 * Section 5: baseline against re-measurement, per group (the organisation, then each team) and per scale: both
 * means, the difference with its 95 % interval, the effect size and n, and the plain sentence. A group under the
 * anonymity limit shows no figure at all (the results module has already left them out).
 */
function renderPrePost(
  doc: PDFKit.PDFDocument,
  prePost: PrePost,
  language: Language,
  write: { heading: (text: string) => void; line: (text: string) => void; bullet: (text: string) => void },
): void {
  const t = (key: string, params?: Record<string, string | number>) =>
    lookup(language, `evidencePrePost.${key}`, params);
  write.heading(t('title'));
  if (!prePost) {
    write.line(t('none'));
    return;
  }
  const { results, closedAt } = prePost;
  write.line(
    t('lead', {
      baseline: results.baseline?.title ?? '–',
      remeasurement: results.title,
      closed: closedAt ? dutchDate(closedAt) : '–',
      size: results.minGroupSize,
    }),
  );
  const groupName = (group: TGroupResult) =>
    group.kind === 'organisation'
      ? t('organisation')
      : [group.name, group.officeName, group.departmentName].filter(Boolean).join(' · ');
  for (const group of results.groups) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(groupName(group));
    if (group.suppressed) {
      write.line(t('suppressed', { size: results.minGroupSize }));
      continue;
    }
    write.line(
      group.baselineRespondents === null
        ? t('respondentsNoBaseline', { n: group.respondents ?? 0, size: results.minGroupSize })
        : t('respondents', { n: group.respondents ?? 0, baseline: group.baselineRespondents }),
    );
    for (const figure of group.themes) {
      const theme = lookup(language, `surveys.themes.${figure.theme}`);
      const comparison = figure.comparison;
      if (!comparison) {
        write.bullet(t('themeOnly', { theme, after: score(figure.mean, language) }));
        continue;
      }
      write.bullet(
        t('theme', {
          theme,
          before: score(comparison.baselineMean, language),
          after: score(figure.mean, language),
          difference: score(comparison.difference, language, true),
          low: score(comparison.ciLow, language),
          high: score(comparison.ciHigh, language),
          effect: lookup(language, `surveys.effects.${comparison.effect}`),
          g: score(comparison.hedgesG, language),
          n: group.respondents ?? 0,
          baselineN: comparison.baselineN,
        }),
      );
      doc.font('Helvetica-Oblique').fontSize(9.5).text(plainSentence(figure, language), { indent: 22 });
    }
  }
}

function render(
  figures: TDashboard,
  protocol: Awaited<ReturnType<typeof currentProtocol>>,
  coverage: Awaited<ReturnType<typeof requirementCoverage>>,
  prePost: PrePost,
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

  renderPrePost(doc, prePost, language, { heading, line, bullet });
  doc.end();
  return done;
}
