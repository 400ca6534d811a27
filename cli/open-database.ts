import { type Config, loadConfig } from '../server/config.js';
import { type Database, openDatabase } from '../server/db/client.js';
import { DataDirLockedError, lockDataDir } from '../server/db/lock.js';

/**
 * The database a command-line tool works on: PostgreSQL (DATABASE_URL) or the embedded one in DATA_DIR. The embedded
 * database takes one process at a time, so a running Regie makes the tool stop with a clear message (exit 2).
 */
export async function openConfiguredDatabase(
  whenLocked = 'Stop Regie first.',
): Promise<{ config: Config; database: Database; release: () => Promise<void> }> {
  const config = loadConfig();
  let unlock = () => {};
  if (!config.databaseUrl) {
    try {
      unlock = lockDataDir(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        process.stderr.write(`${error.message}\n${whenLocked}\n`);
        process.exit(2);
      }
      throw error;
    }
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  return {
    config,
    database,
    release: async () => {
      await database.close();
      unlock();
    },
  };
}
