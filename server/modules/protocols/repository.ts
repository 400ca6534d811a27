import { desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { users } from '../users/tables.js';
import { protocolVersions } from './tables.js';

export type ProtocolVersionRow = typeof protocolVersions.$inferSelect;

const withPublisher = {
  id: protocolVersions.id,
  version: protocolVersions.version,
  status: protocolVersions.status,
  content: protocolVersions.content,
  basedOnVersion: protocolVersions.basedOnVersion,
  updatedAt: protocolVersions.updatedAt,
  publishedAt: protocolVersions.publishedAt,
  publishedByName: users.name,
};

export async function findLatestPublished(db: Executor) {
  const [row] = await db
    .select(withPublisher)
    .from(protocolVersions)
    .leftJoin(users, eq(users.id, protocolVersions.publishedBy))
    .where(isNotNull(protocolVersions.version))
    .orderBy(desc(protocolVersions.version))
    .limit(1);
  return row;
}

export async function findPublished(db: Executor, version: number) {
  const [row] = await db
    .select(withPublisher)
    .from(protocolVersions)
    .leftJoin(users, eq(users.id, protocolVersions.publishedBy))
    .where(eq(protocolVersions.version, version));
  return row;
}

export function listPublished(db: Executor) {
  return db
    .select({
      version: protocolVersions.version,
      publishedAt: protocolVersions.publishedAt,
      publishedByName: users.name,
    })
    .from(protocolVersions)
    .leftJoin(users, eq(users.id, protocolVersions.publishedBy))
    .where(isNotNull(protocolVersions.version))
    .orderBy(desc(protocolVersions.version));
}

export async function findDraft(db: Executor): Promise<ProtocolVersionRow | undefined> {
  const [row] = await db.select().from(protocolVersions).where(eq(protocolVersions.status, 'draft'));
  return row;
}

export async function nextVersionNumber(db: Executor): Promise<number> {
  const [row] = await db.select({ max: sql<number | null>`max(${protocolVersions.version})` }).from(protocolVersions);
  return Number(row?.max ?? 0) + 1;
}
