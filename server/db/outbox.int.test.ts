import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMails } from '../modules/mail/queue.js';
import { mailOutbox } from '../modules/mail/tables.js';
import { afterFailure, claimDue } from './outbox.js';
import { createMigratedDatabase } from './testing.js';

let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
const OUTBOX = {
  table: mailOutbox,
  id: mailOutbox.id,
  status: mailOutbox.status,
  nextAttemptAt: mailOutbox.nextAttemptAt,
};

beforeAll(async () => {
  database = await createMigratedDatabase();
});
afterAll(async () => {
  await database.database.close();
  await database.drop();
});

describe('claiming due outbox rows', () => {
  it('takes each due row once until its lease has passed', async () => {
    const db = database.database.db;
    await queueMails(
      db,
      ['a', 'b', 'c'].map((name) => ({ to: `${name}@example.org`, subject: 'Test', text: 'Test', kind: 'test' })),
    );
    const now = new Date(Date.now() + 1000);
    const first = await claimDue(db, OUTBOX, { batch: 2, leaseSeconds: 60, now });
    expect(first).toHaveLength(2);
    const second = await claimDue(db, OUTBOX, { batch: 2, leaseSeconds: 60, now });
    expect(second).toHaveLength(1);
    expect(second).not.toContain(first[0]);
    expect(await claimDue(db, OUTBOX, { batch: 2, leaseSeconds: 60, now })).toEqual([]);
    // A process that crashed while sending: after the lease the rows are due again.
    const later = new Date(now.getTime() + 61_000);
    expect(await claimDue(db, OUTBOX, { batch: 10, leaseSeconds: 60, now: later })).toHaveLength(3);
  });
});

describe('after a failed attempt', () => {
  it('waits the next back-off, and is dead after the last one', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(afterFailure(1, [10, 30], now)).toEqual({
      status: 'failed',
      nextAttemptAt: new Date('2026-11-23T10:00:10Z'),
    });
    expect(afterFailure(2, [10, 30], now)).toEqual({
      status: 'failed',
      nextAttemptAt: new Date('2026-11-23T10:00:30Z'),
    });
    expect(afterFailure(3, [10, 30], now).status).toBe('dead');
  });
});
