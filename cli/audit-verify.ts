// `npm run audit:verify`: recomputes the audit log's hash chain in the configured database (DATABASE_URL or the
// embedded database in DATA_DIR) and exits 1 when a row was changed or removed.
import { verifyAuditChain } from '../server/modules/audit/verify.js';
import { openConfiguredDatabase } from './open-database.js';

const { database, release } = await openConfiguredDatabase(
  'Stop Regie first, or check through the admin screen (Auditlog).',
);
try {
  const result = await verifyAuditChain(database.db);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await release();
}
