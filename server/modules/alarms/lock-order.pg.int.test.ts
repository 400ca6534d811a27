import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { cancelPendingJobs } from './escalation.js';
import { lockAlarm } from './repository.js';
import { fireDueEscalations } from './service.js';
import { alarmJobs } from './tables.js';

/**
 * An escalation deadline falls due while someone closes the same alarm. The closing holds the alarm and then cancels
 * the deadlines; the scheduler holds the deadline and then wants the alarm. On PostgreSQL (real concurrent
 * transactions) that order used to end in a deadlock, and the closing answered 500. PGlite runs one transaction at a
 * time, so this runs on PostgreSQL only.
 */

let t: TestContext;
let sanne: Caller;

beforeAll(async () => {
  t = await createTestContext();
  sanne = await loginAs(t.app, demoEmailFor('employee'));
});
afterAll(() => t.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function nextLevelOf(alarmId: string): Promise<number> {
  const [row] = await t.ctx.db
    .select({ top: sql<number>`coalesce(max(${alarmJobs.level}), -1)::int` })
    .from(alarmJobs)
    .where(eq(alarmJobs.alarmId, alarmId));
  return Number(row?.top) + 1;
}

describe('a deadline falling due while the alarm is being closed', () => {
  it('leaves the deadline to the closing, without a deadlock', async () => {
    const raised = await t.app.inject({ method: 'POST', url: '/api/v1/alarms', headers: as(sanne), payload: {} });
    expect(raised.statusCode, raised.body).toBe(201);
    const alarmId = raised.json().id as string;
    // The next level falls due in a moment, as when nobody reachable answers in time. (Not due yet: the app's own
    // scheduler ticks too, and must find the alarm held by the closing below.)
    await t.ctx.db.delete(alarmJobs).where(and(eq(alarmJobs.alarmId, alarmId), isNull(alarmJobs.doneAt)));
    const [due] = await t.ctx.db
      .insert(alarmJobs)
      .values({ alarmId, level: await nextLevelOf(alarmId), dueAt: new Date(Date.now() + 400) })
      .returning();

    let firing: ReturnType<typeof fireDueEscalations> | undefined;
    await t.ctx.db.transaction(async (tx) => {
      await lockAlarm(tx, alarmId);
      await pause(600);
      // The scheduler claims the deadline while the alarm is held, and must not wait for the alarm.
      firing = fireDueEscalations(t.ctx, 20, alarmId);
      await pause(300);
      await cancelPendingJobs(tx, alarmId, new Date());
    });
    expect(await firing).toEqual([]);

    const [after] = await t.ctx.db
      .select()
      .from(alarmJobs)
      .where(eq(alarmJobs.id, Number(due?.id)));
    expect(after?.outcome).toBe('skipped');
  });
});
