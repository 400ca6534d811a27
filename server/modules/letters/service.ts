import { createHash } from 'node:crypto';
import { desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { dutchDate } from '../../time/dutch-time.js';
import { longDate } from '../../time/spoken-dates.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { clients } from '../clients/tables.js';
import { accessTo } from '../incidents/access.js';
import { findIncident, type IncidentRow } from '../incidents/repository.js';
import { clientMeasures } from '../measures/tables.js';
import { offices, organisation } from '../org/tables.js';
import { users } from '../users/tables.js';
import { fillPlaceholders, isLetterKind, type LetterKind, type PlaceholderValues } from './content.js';
import { renderLetter } from './letter-pdf.js';
import type { TGenerateLetterRequest, TLetterDraft, TLetterSummary } from './schema.js';
import { measureLetters } from './tables.js';
import { currentTemplate, templateVersions } from './templates.js';
import { CHANNEL_NAMES, dutchAmount, dutchPeriod, MEASURE_NAMES } from './words.js';

type MeasureRow = typeof clientMeasures.$inferSelect;
type ClientRow = typeof clients.$inferSelect;

export interface LetterCase {
  measure: MeasureRow & { kind: LetterKind };
  incident: IncidentRow;
  client: ClientRow;
}

/** The measure with its incident and client; a letter needs a measure that comes with one and that applies. */
export async function loadLetterCase(db: Executor, measureId: string, user?: SessionUser): Promise<LetterCase> {
  const [measure] = await db.select().from(clientMeasures).where(eq(clientMeasures.id, measureId));
  if (!measure?.incidentId) throw new ProblemError(404, 'not_found');
  const incident = await findIncident(db, measure.incidentId);
  // Whoever does not decide measures in this case gets 404, so a letter's existence is not revealed.
  if (!incident || (user && accessTo(incident, user) !== 'case')) throw new ProblemError(404, 'not_found');
  if (!isLetterKind(measure.kind)) throw new ProblemError(409, 'letter_not_for_kind');
  if (measure.status === 'pending_approval') throw new ProblemError(409, 'letter_measure_pending');
  if (measure.status === 'rejected') throw new ProblemError(409, 'letter_measure_rejected');
  const [client] = measure.clientId ? await db.select().from(clients).where(eq(clients.id, measure.clientId)) : [];
  if (!client) throw new ProblemError(409, 'letter_client_missing');
  return { measure: measure as LetterCase['measure'], incident, client };
}

const letterCase = (db: Executor, user: SessionUser, measureId: string) => loadLetterCase(db, measureId, user);

async function senderOf(db: Executor, incident: IncidentRow) {
  const [org] = await db.select({ name: organisation.name }).from(organisation);
  const [office] = incident.officeId
    ? await db
        .select({ name: offices.name, address: offices.address })
        .from(offices)
        .where(eq(offices.id, incident.officeId))
    : [];
  return { organisation: org?.name ?? '', officeName: office?.name ?? null, officeAddress: office?.address ?? '' };
}

/** The values of the placeholders for this measure; the sender is the contact person the client can call. */
export async function placeholderValues(
  db: Executor,
  contactPerson: string,
  found: LetterCase,
): Promise<PlaceholderValues> {
  const { measure, incident, client } = found;
  const sender = await senderOf(db, incident);
  const officeIds = measure.details.officeIds ?? [];
  const banned =
    officeIds.length > 0
      ? await db.select({ name: offices.name }).from(offices).where(inArray(offices.id, officeIds))
      : [];
  return {
    clientName: client.name,
    clientAddress: client.address,
    clientNumber: client.clientNumber ?? '',
    incidentDate: incident.occurredAt ? longDate(incident.occurredAt) : '',
    office: sender.officeName ?? (incident.channel ? (CHANNEL_NAMES[incident.channel] ?? '') : '').toLowerCase(),
    facts: incident.facts.trim(),
    measure: MEASURE_NAMES[measure.kind] ?? measure.kind,
    startsOn: longDate(measure.startsOn),
    endsOn: measure.endsOn ? longDate(measure.endsOn) : '',
    period: dutchPeriod(measure.startsOn, measure.endsOn),
    offices: banned.map((office) => office.name).join(', '),
    amount: measure.details.amount ? dutchAmount(measure.details.amount) : '',
    contactPerson,
    organisation: sender.organisation,
    today: longDate(new Date()),
  };
}

async function lettersOf(db: Executor, measureId: string): Promise<TLetterSummary[]> {
  const rows = await db
    .select({
      id: measureLetters.id,
      kind: measureLetters.kind,
      templateVersion: measureLetters.templateVersion,
      subject: measureLetters.subject,
      fileName: measureLetters.fileName,
      size: measureLetters.size,
      sha256: measureLetters.sha256,
      generatedAt: measureLetters.generatedAt,
      generatedBy: users.name,
    })
    .from(measureLetters)
    .innerJoin(users, eq(users.id, measureLetters.generatedBy))
    .where(eq(measureLetters.measureId, measureId))
    .orderBy(desc(measureLetters.generatedAt));
  return rows.map((row) => ({ ...row, generatedAt: row.generatedAt.toISOString() }));
}

/** The current template for this measure, filled in: where the manager starts editing. */
export async function letterDraft(ctx: AppContext, user: SessionUser, measureId: string): Promise<TLetterDraft> {
  const found = await letterCase(ctx.db, user, measureId);
  const [template, values, letters] = await Promise.all([
    currentTemplate(ctx.db, found.measure.kind),
    placeholderValues(ctx.db, user.name, found),
    lettersOf(ctx.db, measureId),
  ]);
  await recordRead(ctx, user, { entityType: 'client_measure', entityId: measureId, details: { view: 'letter' } });
  return {
    measureId,
    incidentId: found.incident.id,
    kind: found.measure.kind,
    clientName: found.client.name,
    templateVersion: template.version,
    subject: fillPlaceholders(template.subject, values),
    body: fillPlaceholders(template.body, values),
    letters,
  };
}

/** Draws the letter, stores the PDF with its SHA-256, links it to the measure and audits it, in the caller's tx. */
export async function storeLetter(
  tx: Tx,
  actor: Actor,
  found: LetterCase,
  input: { templateVersion: number; subject: string; body: string; contactPerson: string; generatedBy: string },
): Promise<string> {
  const values = await placeholderValues(tx, input.contactPerson, found);
  const subject = fillPlaceholders(input.subject, values);
  const body = fillPlaceholders(input.body, values);
  const sender = await senderOf(tx, found.incident);
  const now = new Date();
  const reference = `${found.client.clientNumber ? `${found.client.clientNumber}/` : ''}${found.measure.id.slice(0, 8).toUpperCase()}`;
  const pdf = await renderLetter({
    organisation: sender.organisation,
    senderAddress: [sender.officeName, sender.officeAddress].filter(Boolean).join(', '),
    clientName: found.client.name,
    clientAddress: found.client.address,
    subject,
    body,
    reference,
    date: now,
  });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const fileName = `${MEASURE_NAMES[found.measure.kind] ?? 'brief'} ${found.client.name} ${dutchDate(now)}.pdf`
    .replace(/[^\p{L}\p{N} ._-]/gu, '')
    .replace(/\s+/g, '-')
    .toLowerCase();
  const [row] = await tx
    .insert(measureLetters)
    .values({
      measureId: found.measure.id,
      kind: found.measure.kind,
      templateVersion: input.templateVersion,
      subject,
      body,
      fileName,
      size: pdf.length,
      sha256,
      pdf,
      generatedBy: input.generatedBy,
      generatedAt: now,
    })
    .returning({ id: measureLetters.id });
  if (!row) throw new Error('letter insert returned nothing');
  await recordAudit(tx, actor, {
    action: 'letter.generated',
    entityType: 'client_measure',
    entityId: found.measure.id,
    after: { letterId: row.id, kind: found.measure.kind, templateVersion: input.templateVersion, sha256 },
  });
  return row.id;
}

/** The letter as the manager approved it, kept with the measure. */
export async function generateLetter(
  ctx: AppContext,
  user: SessionUser,
  measureId: string,
  input: TGenerateLetterRequest,
): Promise<TLetterSummary> {
  const found = await letterCase(ctx.db, user, measureId);
  // The version is what the letter says it started from: it must be one that exists for this kind.
  const versions = await templateVersions(ctx.db, found.measure.kind);
  if (!versions.some((template) => template.version === input.templateVersion))
    throw new ProblemError(400, 'unknown_reference', { field: 'sjabloonversie / template version' });
  const id = await ctx.db.transaction((tx) =>
    storeLetter(tx, actorOf(user), found, { ...input, contactPerson: user.name, generatedBy: user.id }),
  );
  const summary = (await lettersOf(ctx.db, measureId)).find((letter) => letter.id === id);
  if (!summary) throw new Error('stored letter not found');
  return summary;
}

/** The stored PDF, exactly as generated, for whoever decides measures in its case. */
export async function letterFile(ctx: AppContext, user: SessionUser, letterId: string) {
  const [letter] = await ctx.db.select().from(measureLetters).where(eq(measureLetters.id, letterId));
  if (!letter) throw new ProblemError(404, 'not_found');
  const [measure] = await ctx.db.select().from(clientMeasures).where(eq(clientMeasures.id, letter.measureId));
  const incident = measure?.incidentId ? await findIncident(ctx.db, measure.incidentId) : undefined;
  if (!incident || accessTo(incident, user) !== 'case') throw new ProblemError(404, 'not_found');
  await recordRead(ctx, user, { entityType: 'letter', entityId: letterId });
  return letter;
}
