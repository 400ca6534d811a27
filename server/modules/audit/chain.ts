/** The previous hash of the first row in the audit chain. Rows are hashed by SQL's audit_row_hash (migration 0015). */
export const GENESIS_HASH = '0'.repeat(64);
