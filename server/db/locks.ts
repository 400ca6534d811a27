/**
 * Keys of PostgreSQL advisory locks, in one place so that no two purposes share a key by accident. Each serialises
 * one kind of write across all processes that share the database.
 */
export const ADVISORY_LOCKS = {
  /** Appending to the audit log's hash chain. */
  auditChain: 7_402_651,
  /** Creating the first protocol version and publishing a new one. */
  protocolVersions: 7_402_652,
  /** The check that at least one active administrator remains. */
  lastAdmin: 7_402_653,
} as const;
