import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Db, Executor, Tx } from '../../db/client.js';
import { ADVISORY_LOCKS } from '../../db/locks.js';
import type { Language } from '../../http/messages.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { type TProtocolContent, ZProtocolContent } from './content.js';
import { DEFAULT_PROTOCOL } from './default-protocol.js';
import { diffProtocols } from './diff.js';
import { describeIssue, issuePath } from './issue-messages.js';
import { findDraft, findLatestPublished, findPublished, listPublished, nextVersionNumber } from './repository.js';
import type { TDraft, TIssue, TProtocolVersion } from './schema.js';
import { protocolVersions } from './tables.js';
import { validateProtocol } from './validate.js';

/** A database without any protocol gets the default (seed 003) as version 1. */
export async function ensureProtocol(db: Db): Promise<void> {
  if (await findLatestPublished(db)) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.protocolVersions})`);
    if (await findLatestPublished(tx)) return;
    await tx.insert(protocolVersions).values({
      version: 1,
      status: 'published',
      content: DEFAULT_PROTOCOL,
      publishedAt: new Date(),
    });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'protocol.published',
      entityType: 'protocol',
      entityId: '1',
      details: { version: 1, source: 'default template (seed 003)' },
    });
  });
}

type VersionRow = NonNullable<Awaited<ReturnType<typeof findPublished>>>;

function present(row: VersionRow): TProtocolVersion {
  return {
    version: row.version ?? 0,
    publishedAt: row.publishedAt?.toISOString() ?? '',
    publishedByName: row.publishedByName,
    content: ZProtocolContent.parse(row.content),
  };
}

export async function currentProtocol(ctx: AppContext): Promise<TProtocolVersion> {
  let row = await findLatestPublished(ctx.db);
  if (!row) {
    await ensureProtocol(ctx.db);
    row = await findLatestPublished(ctx.db);
  }
  if (!row) throw new ProblemError(404, 'not_found');
  return present(row);
}

/** The current protocol's content, for other modules (home screen, handlings). */
export async function currentProtocolContent(db: Executor): Promise<TProtocolContent> {
  const row = await findLatestPublished(db);
  return row ? ZProtocolContent.parse(row.content) : DEFAULT_PROTOCOL;
}

export async function protocolVersion(ctx: AppContext, version: number): Promise<TProtocolVersion> {
  const row = await findPublished(ctx.db, version);
  if (!row) throw new ProblemError(404, 'not_found');
  return present(row);
}

export async function versionList(ctx: AppContext) {
  const [versions, draft] = await Promise.all([listPublished(ctx.db), findDraft(ctx.db)]);
  return {
    versions: versions.map((row) => ({
      version: row.version ?? 0,
      publishedAt: row.publishedAt?.toISOString() ?? '',
      publishedByName: row.publishedByName,
    })),
    draft: draft ? { basedOnVersion: draft.basedOnVersion, updatedAt: draft.updatedAt.toISOString() } : null,
  };
}

function issuesOf(content: TProtocolContent, language: Language): TIssue[] {
  return validateProtocol(content).map((issue) => ({
    ...issue,
    path: issuePath(issue),
    message: describeIssue(issue, language),
  }));
}

async function reviewDraft(
  ctx: AppContext,
  row: { content: unknown; basedOnVersion: number | null; updatedAt: Date },
  language: Language,
): Promise<TDraft> {
  const content = ZProtocolContent.parse(row.content);
  const published = await currentProtocol(ctx);
  return {
    basedOnVersion: row.basedOnVersion,
    updatedAt: row.updatedAt.toISOString(),
    content,
    issues: issuesOf(content, language),
    changes: diffProtocols(published.content, content),
  };
}

export async function getDraft(ctx: AppContext, language: Language): Promise<TDraft | null> {
  const draft = await findDraft(ctx.db);
  return draft ? reviewDraft(ctx, draft, language) : null;
}

/**
 * Saves the whole draft (creating it from the published version's number when there is none). A draft may be
 * unfinished: structural issues are reported, not refused; only publishing requires a sound protocol.
 */
export async function saveDraft(
  ctx: AppContext,
  actor: SessionUser,
  content: TProtocolContent,
  language: Language,
): Promise<TDraft> {
  const published = await currentProtocol(ctx);
  const saved = await ctx.db.transaction(async (tx) => {
    const existing = await findDraft(tx);
    const now = new Date();
    const [row] = existing
      ? await tx
          .update(protocolVersions)
          .set({ content, updatedAt: now })
          .where(eq(protocolVersions.id, existing.id))
          .returning()
      : await tx
          .insert(protocolVersions)
          .values({ status: 'draft', content, basedOnVersion: published.version, createdBy: actor.id, updatedAt: now })
          .returning();
    if (!row) throw new Error('draft save returned nothing');
    await recordAudit(tx, actorOf(actor), {
      action: existing ? 'protocol.draft_saved' : 'protocol.draft_created',
      entityType: 'protocol',
      entityId: row.id,
      details: { basedOnVersion: row.basedOnVersion, changes: diffProtocols(published.content, content).length },
    });
    return row;
  });
  return reviewDraft(ctx, saved, language);
}

export async function discardDraft(ctx: AppContext, actor: SessionUser): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const draft = await findDraft(tx);
    if (!draft) throw new ProblemError(404, 'not_found');
    await tx.delete(protocolVersions).where(eq(protocolVersions.id, draft.id));
    await recordAudit(tx, actorOf(actor), {
      action: 'protocol.draft_discarded',
      entityType: 'protocol',
      entityId: draft.id,
    });
  });
}

/** Publishes the draft as the next version. Refused, with every issue named, while the protocol is not sound. */
export async function publishDraft(ctx: AppContext, actor: SessionUser, language: Language): Promise<TProtocolVersion> {
  const published = await currentProtocol(ctx);
  const version = await ctx.db.transaction(async (tx: Tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.protocolVersions})`);
    const draft = await findDraft(tx);
    if (!draft) throw new ProblemError(404, 'not_found');
    const content = ZProtocolContent.parse(draft.content);
    const issues = issuesOf(content, language);
    if (issues.length > 0) {
      throw new ProblemError(
        409,
        'protocol_invalid',
        { count: issues.length },
        issues.map((issue) => ({ path: issue.path, message: issue.message })),
      );
    }
    const number = await nextVersionNumber(tx);
    await tx
      .update(protocolVersions)
      .set({
        status: 'published',
        version: number,
        publishedAt: new Date(),
        publishedBy: actor.id,
        updatedAt: new Date(),
      })
      .where(eq(protocolVersions.id, draft.id));
    await recordAudit(tx, actorOf(actor), {
      action: 'protocol.published',
      entityType: 'protocol',
      entityId: String(number),
      details: {
        version: number,
        basedOnVersion: draft.basedOnVersion,
        changes: diffProtocols(published.content, content).length,
      },
    });
    return number;
  });
  return protocolVersion(ctx, version);
}
