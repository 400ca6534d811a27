import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { namesOf } from '../handlings/repository.js';
import { incidents } from '../incidents/tables.js';
import { protocolVersions } from '../protocols/tables.js';
import { PROPOSAL_TRANSITIONS, type ProposalStatus } from './schedule.js';
import type { TProposal, TProposalDecisionRequest } from './schema.js';
import { protocolProposals } from './tables.js';

type ProposalRow = typeof protocolProposals.$inferSelect;

export async function presentProposals(db: Executor, rows: ProposalRow[]): Promise<TProposal[]> {
  if (rows.length === 0) return [];
  const [names, moments] = await Promise.all([
    namesOf(db, [...new Set(rows.map((row) => row.proposedBy))]),
    db
      .select({ id: incidents.id, occurredAt: incidents.occurredAt })
      .from(incidents)
      .where(inArray(incidents.id, [...new Set(rows.map((row) => row.incidentId))])),
  ]);
  const occurred = new Map(moments.map((row) => [row.id, row.occurredAt?.toISOString() ?? null]));
  return rows.map((row) => ({
    id: row.id,
    incidentId: row.incidentId,
    incidentOccurredAt: occurred.get(row.incidentId) ?? null,
    proposal: row.proposal,
    status: row.status as ProposalStatus,
    adoptedInVersion: row.adoptedInVersion,
    rejectionReason: row.rejectionReason,
    proposedBy: names.get(row.proposedBy) ?? '',
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

/** The safety officer's list: open proposals first (oldest first), then the decided ones (newest first). */
export async function listProposals(ctx: AppContext): Promise<TProposal[]> {
  const rows = await ctx.db.select().from(protocolProposals).orderBy(asc(protocolProposals.createdAt)).limit(500);
  const open = rows.filter((row) => row.status === 'new' || row.status === 'under_consideration');
  const decided = rows
    .filter((row) => !open.includes(row))
    .sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0));
  return presentProposals(ctx.db, [...open, ...decided]);
}

/** Moves a proposal on: under consideration, adopted in a published protocol version, or rejected with a reason. */
export async function decideProposal(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TProposalDecisionRequest,
): Promise<TProposal> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(protocolProposals).where(eq(protocolProposals.id, id)).for('update');
    if (!row) throw new ProblemError(404, 'not_found');
    const from = row.status as ProposalStatus;
    if (!PROPOSAL_TRANSITIONS[from].includes(input.status))
      throw new ProblemError(409, 'proposal_transition_invalid', { from, to: input.status });
    let adoptedInVersion: number | null = null;
    if (input.status === 'adopted') {
      if (input.adoptedInVersion === undefined) throw new ProblemError(400, 'protocol_version_unknown');
      const [version] = await tx
        .select({ version: protocolVersions.version })
        .from(protocolVersions)
        .where(and(eq(protocolVersions.version, input.adoptedInVersion), isNotNull(protocolVersions.publishedAt)));
      if (!version) throw new ProblemError(400, 'protocol_version_unknown');
      adoptedInVersion = input.adoptedInVersion;
    }
    const rejectionReason = input.status === 'rejected' ? (input.rejectionReason ?? '') : '';
    if (input.status === 'rejected' && rejectionReason === '') throw new ProblemError(400, 'rejection_reason_missing');
    const decided = input.status === 'adopted' || input.status === 'rejected';
    await tx
      .update(protocolProposals)
      .set({
        status: input.status,
        adoptedInVersion,
        rejectionReason,
        decidedBy: decided ? user.id : null,
        decidedAt: decided ? new Date() : null,
      })
      .where(eq(protocolProposals.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'proposal.status_changed',
      entityType: 'protocol_proposal',
      entityId: id,
      before: { status: from },
      after: { status: input.status, adoptedInVersion },
    });
  });
  const rows = await ctx.db.select().from(protocolProposals).where(eq(protocolProposals.id, id));
  const [presented] = await presentProposals(ctx.db, rows);
  return presented as TProposal;
}

/** The newest published protocol version, offered as the default when adopting. */
export async function currentProtocolVersion(ctx: AppContext): Promise<number | null> {
  const [row] = await ctx.db
    .select({ version: protocolVersions.version })
    .from(protocolVersions)
    .where(isNotNull(protocolVersions.publishedAt))
    .orderBy(desc(protocolVersions.version))
    .limit(1);
  return row?.version ?? null;
}
