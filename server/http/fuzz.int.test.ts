import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesInDependencyOrder } from '../db/backup.js';
import { queryRows } from '../db/client.js';
import { createTestContext, type TestContext, testDatabaseKind } from '../db/testing.js';
import type { Role } from '../modules/users/roles.js';
import type { Policy } from './policy.js';
import { as, type Caller, demoEmailFor, loginAs } from './test-client.js';

/**
 * Property-based fuzzing of every write route in the OpenAPI document: 10,000 generated bodies (and path ids) in
 * total over the two databases of a CI run: 7,500 on the embedded database and 2,500 (the start of the same seeded
 * sequence) on PostgreSQL, which checks what differs there (its own errors and constraints) within the CI budget.
 * Whatever arrives, the answer is never a 5xx, a refusal is problem+json, and a refused request leaves every table
 * exactly as it was.
 */
const TOTAL_BODIES = testDatabaseKind() === 'postgres' ? 2_500 : 7_500;

/** Routes that end the caller's own sessions would only fuzz the login screen from then on. */
const SKIPPED = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/users/:id/sessions/revoke',
  'POST /api/v1/users/:id/totp/reset',
]);
/** Refusals of these are recorded by design: a wrong password or code counts towards the lockout. */
const REFUSALS_RECORDED = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/second-factor']);

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
}

const HOSTILE = [
  '',
  ' ',
  '<script>alert(1)</script>',
  "'; drop table users; --",
  '\u0000',
  '\uD800',
  '😀'.repeat(300),
  'x'.repeat(70_000),
  '../../etc/passwd',
  '2026-02-30',
  '-1',
  'NaN',
  '{}',
];

/** Values shaped like the schema asks, but pushed to its edges and beyond. */
function valueFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const wild = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...HOSTILE));
  if (!schema || depth > 3) return wild;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueFor(variant, depth + 1)), wild);
  if (schema.const !== undefined) return fc.oneof(fc.constant(schema.const), wild);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), wild);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), wild);
      if (schema.format === 'date')
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          wild,
        );
      return fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 200 }), wild);
    case 'integer':
      return fc.oneof(fc.integer(), fc.integer({ min: -2, max: 12 }), wild);
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), wild);
    case 'boolean':
      return fc.oneof(fc.boolean(), wild);
    case 'array':
      return fc.oneof(fc.array(valueFor(schema.items, depth + 1), { maxLength: 5 }), wild);
    case 'object':
      return fc.oneof(objectFor(schema, depth + 1), wild);
    default:
      return wild;
  }
}

function objectFor(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const known = fc.record(Object.fromEntries(properties.map(([key, value]) => [key, valueFor(value, depth)])), {
    requiredKeys: [],
  });
  const extra = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
  return fc
    .tuple(known, extra, fc.boolean())
    .map(([body, more, withExtra]) => (withExtra ? { ...more, ...body } : body));
}

function bodyFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const shaped = schema ? objectFor(schema) : fc.constant(undefined);
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}

let t: TestContext;
let callers: Map<string, Caller | null>;
let pathIds: string[];
let fingerprintQuery: ReturnType<typeof sql.raw>;

/** The demo user whose role the route's policy allows first, so the fuzzing reaches validation and the handler. */
function callerFor(policy: Policy): Caller | null {
  if (policy.public) return null;
  const match = /^hasAnyRole\((.*)\)$/.exec(policy.name);
  const role = (match?.[1]?.split(',')[0] ?? 'employee') as Role;
  return callers.get(role) ?? null;
}

async function fingerprint(): Promise<string> {
  const [row] = await queryRows<{ f: string }>(t.ctx.db, fingerprintQuery);
  return String(row?.f);
}

beforeAll(async () => {
  t = await createTestContext();
  callers = new Map();
  for (const role of [
    'employee',
    'responder',
    'manager',
    'director',
    'safety_officer',
    'hr',
    'confidant',
    'admin',
  ] as Role[]) {
    callers.set(role, await loginAs(t.app, demoEmailFor(role)));
  }
  // Real ids of rows that routes act on (never the fuzzing accounts themselves), plus ids that match nothing.
  const rows = await queryRows<{ id: string }>(
    t.ctx.db,
    sql`select id::text from offices union all select id::text from departments union all select id::text from teams
        union all (select id::text from users where email like 'fuzz%' or is_demo = false limit 3)
        union all (select id::text from handlings limit 3)`,
  );
  pathIds = [...rows.map((row) => row.id), '00000000-0000-4000-8000-000000000000', 'niet-een-id', '1'];
  const tables = await tablesInDependencyOrder(t.ctx.db);
  fingerprintQuery = sql.raw(
    `select concat_ws(',', ${tables.map((table) => `(select count(*) from "${table}")`).join(', ')}) as f`,
  );
}, 120_000);
afterAll(() => t.close());

describe('fuzzing every write route', () => {
  it(`never answers a generated body with a 5xx and never stores part of a refused one (${TOTAL_BODIES} bodies)`, async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
    };
    const writes = t.app.registeredRoutes.filter(
      (route) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) && !SKIPPED.has(`${route.method} ${route.url}`),
    );
    expect(writes.length).toBeGreaterThan(20);
    const runsPerRoute = Math.ceil(TOTAL_BODIES / writes.length);
    let total = 0;
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    // The row counts after the last refused request: nothing has changed since, so the next request need not count
    // again before it is sent (counting every table is most of this test's time). Any accepted request forgets it.
    let unchanged = '';
    for (const route of writes) {
      const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[openApiPath]?.[route.method.toLowerCase()];
      const schema = operation?.requestBody?.content?.['application/json']?.schema;
      const caller = callerFor(route.policy);
      const key = `${route.method} ${route.url}`;
      await fc
        .assert(
          fc.asyncProperty(bodyFor(schema), fc.constantFrom(...pathIds), async (body, id) => {
            total++;
            const url = route.url.replace(/:\w+/g, encodeURIComponent(id));
            const before = REFUSALS_RECORDED.has(key) ? '' : unchanged || (await fingerprint());
            const response = await t.app.inject({
              method: route.method as 'POST',
              url,
              // Each request from its own address: the per-IP rate limits would otherwise answer most of them.
              remoteAddress: `10.${(total >> 16) & 255}.${(total >> 8) & 255}.${total & 255}`,
              headers: {
                ...(caller ? as(caller) : {}),
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            });
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            if (response.statusCode >= 500) {
              failures.push(
                `${key} ${url} ${JSON.stringify(body).slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
              return false;
            }
            // A generated body may switch on two-step verification for the organisation; the fuzzing accounts have no
            // authenticator app, so switch it off again to keep reaching the handlers.
            if (key === 'PATCH /api/v1/org' && response.statusCode < 300) {
              await t.ctx.db.execute(sql`update organisation set two_factor_required = false`);
            }
            // A raised alarm escalates by itself a moment later; those background writes are not this request's.
            if (key.startsWith('POST /api/v1/alarms') && response.statusCode < 300) {
              await t.ctx.db.execute(sql`update alarm_jobs set done_at = now() where done_at is null`);
            }
            unchanged = '';
            if (response.statusCode >= 400) {
              expect(response.headers['content-type'], `${key}`).toContain('application/problem+json');
              if (before !== '') {
                const after = await fingerprint();
                expect(after, `${key} stored part of a refused request`).toBe(before);
                unchanged = after;
              }
            }
            return true;
          }),
          { numRuns: runsPerRoute, seed: 20261123, endOnFailure: true },
        )
        .catch((error: Error) => {
          failures.push(`${key}: ${error.message.split('\n').slice(0, 6).join(' | ')}`);
        });
    }
    expect(failures).toEqual([]);
    // The fuzzing must reach past the policy into validation and the handlers, not only bounce off.
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify(Object.fromEntries(statuses)));
    expect(statuses.get(400) ?? 0).toBeGreaterThan(TOTAL_BODIES / 3);
    expect(statuses.get(403) ?? 0).toBeLessThan(TOTAL_BODIES / 10);
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify(Object.fromEntries(statuses)));
    expect(total).toBeGreaterThanOrEqual(TOTAL_BODIES);
  }, 900_000);
});
