/**
 * Keys of PostgreSQL advisory locks, in one place so that no two purposes share a key by accident. Each serialises
 * one kind of write across all processes that share the database.
 */
export const ADVISORY_LOCKS = {
  /** Appending to the audit log's hash chain; taken by the SQL trigger audit_seal (migration 0015), not in TypeScript. */
  auditChain: 7_402_651,
  /** Creating the first protocol version and publishing a new one. */
  protocolVersions: 7_402_652,
  /** The check that at least one active administrator remains. */
  lastAdmin: 7_402_653,
  /** One retention run at a time (the daily job on any process, or the button). */
  retentionRun: 7_402_654,
} as const;
