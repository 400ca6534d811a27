import type { AppContext } from '../../app-context.js';
import { periodOf } from '../../http/period.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { addCalendarDays, startOfDutchDay } from '../../time/dutch-time.js';
import type { KpiScope, KpiTableSpec, Measured, SectionSpec } from './kpis/types.js';
import type { TDashboard, TDashboardQuery, TDashboardSection, TKpiTable } from './schema.js';
import { SECTIONS } from './sections.js';
import { MIN_GROUP_SIZE, suppressCells } from './suppression.js';

/** A quarter by default: the seed's re-measurement and audit look back three months. */
const DEFAULT_DAYS = 91;
/** Five years: as far back as seed:large reaches and the longest an organisation compares. */
const MAX_DAYS = 5 * 366;

interface View {
  scope: 'organisation' | 'department';
  anonymised: boolean;
  departmentId: string | null | undefined;
}

/**
 * Who sees what: the director and the safety officer the organisation; HR the organisation anonymised; a manager
 * only their own department. Asking for another department is answered as if it did not exist.
 */
export function viewOf(user: SessionUser, query: TDashboardQuery): View {
  if (user.roles.includes('director') || user.roles.includes('safety_officer'))
    return { scope: 'organisation', anonymised: false, departmentId: query.departmentId };
  if (user.roles.includes('hr')) return { scope: 'organisation', anonymised: true, departmentId: query.departmentId };
  if (query.departmentId && query.departmentId !== user.departmentId) throw new ProblemError(404, 'not_found');
  return { scope: 'department', anonymised: false, departmentId: user.departmentId ?? null };
}

/** The period of equal length that ends the day before this one begins. */
export function previousPeriod(from: string, to: string) {
  const days = Math.round((startOfDutchDay(to).getTime() - startOfDutchDay(from).getTime()) / 86_400_000) + 1;
  const previousTo = addCalendarDays(from, -1);
  const previousFrom = addCalendarDays(from, -days);
  return {
    previousFrom,
    previousTo,
    start: startOfDutchDay(previousFrom),
    endExclusive: startOfDutchDay(from),
  };
}

function byOrder(table: KpiTableSpec) {
  const order = table.order ?? [];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return (a: { key: string; label: string | null }, b: { key: string; label: string | null }) =>
    rank(a.key) - rank(b.key) || (a.label ?? a.key).localeCompare(b.label ?? b.key, 'nl');
}

/** One table of both periods, with suppression applied to each period on its own. */
export function mergeTable(table: KpiTableSpec, current: Measured[], previous: Measured[], anonymised: boolean) {
  const now = suppressCells(table, current, anonymised);
  const before = suppressCells(table, previous, anonymised);
  const keys = new Map<string, string | null>();
  for (const row of [...current, ...previous]) if (!keys.has(row.key) || row.label) keys.set(row.key, row.label);
  const rows = [...keys.entries()]
    .map(([key, label]) => ({
      key,
      label,
      current: now.get(key)?.value ?? (table.unit === 'count' || table.unit === 'days' ? 0 : null),
      previous: before.get(key)?.value ?? (table.unit === 'count' || table.unit === 'days' ? 0 : null),
      currentSuppressed: now.get(key)?.suppressed ?? false,
      previousSuppressed: before.get(key)?.suppressed ?? false,
    }))
    .map((row) => ({
      ...row,
      current: row.currentSuppressed ? null : row.current,
      previous: row.previousSuppressed ? null : row.previous,
    }))
    .sort(byOrder(table));
  return {
    key: table.key,
    unit: table.unit,
    peopleBased: table.peopleBased === true,
    rows,
  } satisfies TKpiTable;
}

async function measureSection(
  ctx: AppContext,
  section: SectionSpec,
  current: KpiScope,
  previous: KpiScope,
  anonymised: boolean,
): Promise<TDashboardSection> {
  const now = await section.measure(ctx.db, current);
  const before = await section.measure(ctx.db, previous);
  return {
    key: section.key,
    tables: section.tables.map((table) => mergeTable(table, now[table.key] ?? [], before[table.key] ?? [], anonymised)),
  };
}

/** The dashboard for this user and filter: every section (or the one asked for), this period and the previous. */
export async function dashboard(
  ctx: AppContext,
  user: SessionUser,
  query: TDashboardQuery,
  onlySection?: string,
): Promise<TDashboard> {
  const view = viewOf(user, query);
  const { from, to, start, endExclusive } = periodOf(query, DEFAULT_DAYS, MAX_DAYS);
  const previous = previousPeriod(from, to);
  const filters = { officeId: query.officeId, departmentId: view.departmentId };
  const sections = SECTIONS.filter((section) => !onlySection || section.key === onlySection);
  const measured: TDashboardSection[] = [];
  // One section after another: on PGlite there is one connection anyway, and on PostgreSQL a dashboard should not
  // take eight connections from the pool that alarms need.
  for (const section of sections)
    measured.push(
      await measureSection(
        ctx,
        section,
        { start, endExclusive, ...filters },
        { start: previous.start, endExclusive: previous.endExclusive, ...filters },
        view.anonymised,
      ),
    );
  return {
    from,
    to,
    previousFrom: previous.previousFrom,
    previousTo: previous.previousTo,
    scope: view.scope,
    anonymised: view.anonymised,
    officeId: query.officeId ?? null,
    departmentId: view.departmentId ?? null,
    minGroupSize: MIN_GROUP_SIZE,
    sections: measured,
  };
}
