import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { hashPassword } from '../auth/passwords.js';
import { departments, offices, organisation, teams } from '../org/tables.js';
import { loadDemoTraining } from '../training/demo.js';
import { replaceRoles } from '../users/repository.js';
import { users } from '../users/tables.js';
import { loadAftercareDemoData } from './aftercare.js';
import { loadAlarmDrillDemo } from './alarm-drills.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './credentials.js';
import { loadDashboardDemo } from './dashboard.js';
import { loadDutyDemo } from './duty.js';
import { loadDemoHandlings } from './handlings.js';
import { loadIncidentDemoData } from './incidents.js';
import { loadLetterDemoData } from './letters.js';
import { loadPlanDemo } from './plans.js';
import { loadSurveyDemo } from './surveys.js';

/** A database is new when nobody has an account yet. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const rows = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from users`);
  return Number(rows[0]?.count ?? 0) === 0;
}

/**
 * Demo data: a housing corporation (seed 004's Wonen Zuid) with two offices and the four departments
 * that replaced its three regions, and one login per role. Only ever loaded into an empty database.
 */
export async function loadDemoData(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    // Demo logins work with the password alone; the admin can require two-step verification on the organisation page.
    await tx.insert(organisation).values({ id: 1, name: 'Wonen Zuid', twoFactorRequired: false });
    const [eindhoven, helmond] = await tx
      .insert(offices)
      .values([
        { name: 'Kantoor Eindhoven', address: 'Stationsplein 12, 5611 AB Eindhoven' },
        { name: 'Kantoor Helmond', address: 'Markt 3, 5701 RK Helmond' },
      ])
      .returning();
    const [customers, housing, property, finance] = await tx
      .insert(departments)
      .values([{ name: 'Klantcontact' }, { name: 'Wonen' }, { name: 'Vastgoed' }, { name: 'Financiën' }])
      .returning();
    if (!eindhoven || !helmond || !customers || !housing || !property || !finance)
      throw new Error('demo insert failed');
    const [frontOffice] = await tx
      .insert(teams)
      .values([
        { name: 'Frontoffice Eindhoven', departmentId: customers.id, officeId: eindhoven.id },
        { name: 'Frontoffice Helmond', departmentId: customers.id, officeId: helmond.id },
        { name: 'Woonconsulenten', departmentId: housing.id, officeId: eindhoven.id },
        { name: 'Huurincasso', departmentId: finance.id, officeId: helmond.id },
      ])
      .returning();
    if (!frontOffice) throw new Error('demo insert failed');

    for (const account of DEMO_ACCOUNTS) {
      const inFrontOffice = account.roles.some((role) => ['employee', 'responder', 'manager'].includes(role));
      const [row] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          isDemo: true,
          officeId: eindhoven.id,
          departmentId: inFrontOffice ? customers.id : null,
          teamId: inFrontOffice ? frontOffice.id : null,
        })
        .returning();
      if (!row) throw new Error('demo insert failed');
      await replaceRoles(tx, row.id, account.roles);
    }
    await loadIncidentDemoData(tx, { eindhoven: eindhoven.id, helmond: helmond.id });
    await loadAftercareDemoData(tx);
    await loadLetterDemoData(tx);
    await loadDutyDemo(tx, { eindhoven: eindhoven.id, helmond: helmond.id }, passwordHash);
    await loadAlarmDrillDemo(tx, eindhoven.id);
    await loadDemoTraining(tx);
    await loadDashboardDemo(tx, { eindhoven: eindhoven.id, helmond: helmond.id });
    await loadSurveyDemo(tx);
    await loadPlanDemo(tx);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.loaded',
      entityType: 'organisation',
      entityId: '1',
      details: { accounts: DEMO_ACCOUNTS.length },
    });
  });
  await loadDemoHandlings(db);
}
