// `npm run audit:verify`: recomputes the audit log's hash chain in the configured database (DATABASE_URL or the
// embedded database in DATA_DIR) and exits 1 when a row was changed or removed.
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { DataDirLockedError, lockDataDir } from '../server/db/lock.js';
import { verifyAuditChain } from '../server/modules/audit/verify.js';

const config = loadConfig();
let unlock = () => {};
if (!config.databaseUrl) {
  try {
    unlock = lockDataDir(config.dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\nStop Regie first, or check through the admin screen (Auditlog).\n`);
      process.exit(2);
    }
    throw error;
  }
}
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await verifyAuditChain(database.db);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
  unlock();
}
