import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../../db/client.js';

/** "Something changed in this alarm": every process re-reads it from the database and tells its own sockets. */
export interface AlarmNotice {
  alarmId: string;
  /** all: everyone involved; presser: only the presser's live count of reached devices changed. */
  audience: 'all' | 'presser';
}

/**
 * Fan-out between server processes. Only called after the transaction committed, so whatever a process reads
 * when the notice arrives is already there. A notice carries only the id (NOTIFY payloads are small and public to
 * the database's users); the content comes from the database.
 */
export interface AlarmBroker {
  publish(notice: AlarmNotice): Promise<void>;
  /** Called for every notice, also the process's own; `resync` after a lost connection may have missed some. */
  subscribe(handlers: { notice: (notice: AlarmNotice) => void; resync: () => void }): void;
  close(): Promise<void>;
}

const CHANNEL = 'regie_alarms';

function parse(payload: string | undefined): AlarmNotice | undefined {
  try {
    const value = JSON.parse(payload ?? '') as AlarmNotice;
    return typeof value.alarmId === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** PostgreSQL LISTEN/NOTIFY on a connection of its own, reconnecting by itself. */
class PostgresBroker implements AlarmBroker {
  private client: pg.Client | undefined;
  private handlers: { notice: (notice: AlarmNotice) => void; resync: () => void } | undefined;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly url: string,
  ) {}

  async publish(notice: AlarmNotice): Promise<void> {
    await this.database.db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(notice)})`);
  }

  subscribe(handlers: { notice: (notice: AlarmNotice) => void; resync: () => void }): void {
    this.handlers = handlers;
    void this.connect(false);
  }

  private async connect(reconnecting: boolean): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    const retry = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.removeAllListeners();
      client.end().catch(() => {});
      setTimeout(() => void this.connect(true), 500).unref();
    };
    this.client = client;
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      const notice = parse(message.payload);
      if (notice) this.handlers?.notice(notice);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (reconnecting) this.handlers?.resync();
    } catch {
      retry();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}

/** The embedded database serves one process, so its own in-process LISTEN/NOTIFY is the whole broker. */
class PgliteBroker implements AlarmBroker {
  private unlisten: (() => Promise<void>) | undefined;
  constructor(private readonly pglite: PGlite) {}

  async publish(notice: AlarmNotice): Promise<void> {
    await this.pglite.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(notice)]);
  }

  subscribe(handlers: { notice: (notice: AlarmNotice) => void; resync: () => void }): void {
    void this.pglite
      .listen(CHANNEL, (payload) => {
        const notice = parse(payload);
        if (notice) handlers.notice(notice);
      })
      .then((unlisten) => {
        this.unlisten = unlisten;
      });
  }

  async close(): Promise<void> {
    await this.unlisten?.().catch(() => {});
  }
}

export function createBroker(database: Database): AlarmBroker {
  if (database.kind === 'postgres' && database.url) return new PostgresBroker(database, database.url);
  if (database.pglite) return new PgliteBroker(database.pglite);
  throw new Error('No way to publish alarms on this database');
}
