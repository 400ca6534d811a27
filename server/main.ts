import type { Socket } from 'node:net';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { dataDirHeldData, emptiedError, markDataDirInUse, unopenableError } from './db/embedded-guard.js';
import { DataDirLockedError, lockDataDir } from './db/lock.js';
import { neverMigrated, runMigrations } from './db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/credentials.js';
import { isEmptyDatabase, loadDemoData } from './modules/demo/seed.js';
import { ensureProtocol } from './modules/protocols/service.js';

/** How long a shutdown waits for open requests before it closes the connections that are left. */
const SHUTDOWN_GRACE_MS = 5000;

const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, redact: REDACT });

  let unlock = () => {};
  if (!config.databaseUrl) {
    try {
      unlock = lockDataDir(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        process.stderr.write(`\n${error.message}\n\n`);
        process.exit(1);
      }
      throw error;
    }
  }

  const embedded = !config.databaseUrl;
  const heldData = embedded && dataDirHeldData(config.dataDir);
  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (!embedded) throw error;
    refuseToStart(unopenableError(config.dataDir, error), unlock);
  }
  if (heldData && (await neverMigrated(database.db))) refuseToStart(emptiedError(config.dataDir), unlock);
  await runMigrations(database);
  await ensureProtocol(database.db);
  const fresh = await isEmptyDatabase(database.db);
  if (fresh && config.demoData) await loadDemoData(database.db);

  const app = await buildApp(
    { config, database, db: database.db },
    { logger: { level: config.logLevel, redact: REDACT } },
  );

  // Every connection, also upgraded ones (the HTTP server stops tracking those), for the shutdown's deadline.
  const openSockets = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    openSockets.add(socket);
    socket.once('close', () => openSockets.delete(socket));
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    try {
      // Open requests get a moment to finish; a connection that still lingers after that (a device that vanished
      // mid-request) must not keep the process, and with it the embedded database's folder, from closing.
      const deadline = setTimeout(() => {
        log.warn({ afterMs: SHUTDOWN_GRACE_MS }, 'closing the connections that are still open');
        for (const socket of openSockets) socket.destroy();
      }, SHUTDOWN_GRACE_MS);
      await app.close();
      clearTimeout(deadline);
      await database.close();
    } finally {
      unlock();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (embedded) markDataDirInUse(config.dataDir);
  printBanner(config.port, database.kind, config.dataDir, fresh && config.demoData, config.demoData);
}

function refuseToStart(error: Error, unlock: () => void): never {
  process.stderr.write(`\n${error.message}\n\n`);
  unlock();
  process.exit(1);
}

function printBanner(port: number, kind: string, dataDir: string, demoLoaded: boolean, demoEnabled: boolean): void {
  const lines = ['', `  Regie draait op / is running at  http://localhost:${port}`, ''];
  if (kind === 'pglite') {
    lines.push(`  Database: ingebouwd (PGlite) in ${dataDir}`);
    lines.push(
      '  Let op: gebruik in productie PostgreSQL via DATABASE_URL. / Production should use PostgreSQL (DATABASE_URL).',
    );
  } else {
    lines.push('  Database: PostgreSQL');
  }
  if (demoEnabled) {
    lines.push('', `  Demo-logins (wachtwoord / password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.roles.join(', ').padEnd(22)} ${account.email}`);
    if (!demoLoaded) lines.push('  (demo data was loaded when this database was new; changed passwords stay changed)');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error) => {
  process.stderr.write(`Regie could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
