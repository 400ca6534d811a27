import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../db/testing.js';
import { type Language, message, type ProblemCode } from './messages.js';
import { BODY_LIMIT_BYTES } from './problem.js';
import { as, type Caller, demoEmailFor, loginAs } from './test-client.js';
import { rows } from './test-helpers.js';

/**
 * Hostile and broken requests on several write routes: each gets a 4xx problem (never a 500), in the caller's
 * language, and the database is exactly as before.
 */
let t: TestContext;
let admin: Caller;
let departmentId: string;

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
  const [department] = await rows<{ id: string }>(t, sql`select id from departments where name = 'Wonen'`);
  departmentId = department?.id ?? '';
});
afterAll(() => t.close());

interface Target {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  signedIn: boolean;
  /** A body the route would accept. */
  valid: Record<string, unknown>;
  /** A text field of that body to put hostile strings in. */
  field: string;
  /** Whether the field is free text that refuses control characters (login's e-mail is only looked up). */
  freeText: boolean;
}

const TARGETS: Target[] = [
  {
    name: 'POST /api/v1/org/offices',
    method: 'POST',
    url: () => '/api/v1/org/offices',
    signedIn: true,
    valid: { name: 'Kantoor Breda', address: 'Stationsweg 1' },
    field: 'name',
    freeText: true,
  },
  {
    name: 'POST /api/v1/users',
    method: 'POST',
    url: () => '/api/v1/users',
    signedIn: true,
    valid: {
      email: 'nieuw@wonenzuid.example',
      name: 'Nieuw',
      roles: ['employee'],
      temporaryPassword: 'Tijdelijk-wachtwoord-1',
    },
    field: 'name',
    freeText: true,
  },
  {
    name: 'PATCH /api/v1/org/departments/:id',
    method: 'PATCH',
    url: () => `/api/v1/org/departments/${departmentId}`,
    signedIn: true,
    valid: { name: 'Wonen en Leven' },
    field: 'name',
    freeText: true,
  },
  {
    name: 'PATCH /api/v1/me',
    method: 'PATCH',
    url: () => '/api/v1/me',
    signedIn: true,
    valid: { language: 'en' },
    field: 'language',
    freeText: false,
  },
  {
    name: 'POST /api/v1/auth/login',
    method: 'POST',
    url: () => '/api/v1/auth/login',
    signedIn: false,
    valid: { email: demoEmailFor('employee'), password: 'Regie-demo-2026' },
    field: 'email',
    freeText: false,
  },
];

interface Variant {
  name: string;
  applies?: (target: Target) => boolean;
  request: (target: Target) => Pick<InjectOptions, 'payload' | 'headers'>;
  status: number;
  code: ProblemCode;
  /** A field error whose path (and message part) must be reported. */
  fieldError?: (target: Target) => { path: string; message?: string };
}

const json = { 'content-type': 'application/json' };

const VARIANTS: Variant[] = [
  {
    name: 'malformed JSON',
    request: (target) => ({ payload: `{"${target.field}": "x",`, headers: json }),
    status: 400,
    code: 'malformed_json',
  },
  {
    name: 'an empty JSON body',
    request: () => ({ payload: '', headers: json }),
    status: 400,
    code: 'malformed_json',
  },
  {
    name: 'a number where text belongs',
    request: (target) => ({ payload: { ...target.valid, [target.field]: 42 } }),
    status: 400,
    code: 'validation_failed',
    fieldError: (target) => ({ path: `body.${target.field}` }),
  },
  {
    name: 'an array instead of an object',
    request: (target) => ({ payload: JSON.stringify([target.valid]), headers: json }),
    status: 400,
    code: 'validation_failed',
    fieldError: () => ({ path: 'body' }),
  },
  {
    name: 'an unknown field',
    request: (target) => ({ payload: { ...target.valid, isAdmin: true } }),
    status: 400,
    code: 'validation_failed',
    fieldError: () => ({ path: 'body', message: 'isAdmin' }),
  },
  {
    name: 'a body over 1 MiB',
    request: (target) => ({ payload: { ...target.valid, [target.field]: 'x'.repeat(BODY_LIMIT_BYTES + 1) } }),
    status: 413,
    code: 'body_too_large',
  },
  {
    name: 'a NUL character in a string',
    request: (target) => ({ payload: { ...target.valid, [target.field]: 'Kantoor\u0000Breda' } }),
    status: 400,
    code: 'invalid_characters',
  },
  {
    name: 'a NUL character escaped in the JSON text',
    request: (target) => ({ payload: `{"${target.field}":"a\\u0000b"}`, headers: json }),
    status: 400,
    code: 'invalid_characters',
  },
  {
    name: 'a NUL character in a key',
    request: (target) => ({ payload: { ...target.valid, 'na\u0000me': 'x' } }),
    status: 400,
    code: 'invalid_characters',
  },
  {
    name: 'another control character in free text',
    applies: (target) => target.freeText,
    request: (target) => ({ payload: { ...target.valid, [target.field]: 'Kantoor\u0007Breda' } }),
    status: 400,
    code: 'validation_failed',
    fieldError: (target) => ({ path: `body.${target.field}` }),
  },
  {
    name: 'a string of 201 characters',
    applies: (target) => target.freeText,
    request: (target) => ({ payload: { ...target.valid, [target.field]: 'x'.repeat(201) } }),
    status: 400,
    code: 'validation_failed',
    fieldError: (target) => ({ path: `body.${target.field}` }),
  },
  {
    name: 'a string of 500 000 characters',
    request: (target) => ({ payload: { ...target.valid, [target.field]: 'x'.repeat(500_000) } }),
    status: 400,
    code: 'validation_failed',
    fieldError: (target) => ({ path: `body.${target.field}` }),
  },
  {
    name: 'absurdly deep nesting',
    request: () => ({ payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, headers: json }),
    status: 400,
    code: 'invalid_characters',
  },
  {
    name: 'a form instead of JSON',
    request: (target) => ({
      payload: `${target.field}=x`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'XML instead of JSON',
    request: (target) => ({
      payload: `<${target.field}>x</${target.field}>`,
      headers: { 'content-type': 'application/xml' },
    }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'multipart instead of JSON',
    request: () => ({
      payload: '--grens\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--grens--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=grens' },
    }),
    status: 415,
    code: 'unsupported_media_type',
  },
];

/** Everything the write routes above could change: row counts, and the rows a PATCH would touch. */
async function snapshot(): Promise<unknown> {
  const [counts] = await rows(
    t,
    sql`select
      (select count(*)::int from users) as users,
      (select count(*)::int from user_roles) as user_roles,
      (select count(*)::int from offices) as offices,
      (select count(*)::int from departments) as departments,
      (select count(*)::int from teams) as teams,
      (select count(*)::int from sessions) as sessions,
      (select count(*)::int from audit_log) as audit_log`,
  );
  const department = await rows(t, sql`select * from departments where id = ${departmentId}`);
  const users = await rows(
    t,
    sql`select id, email, name, language, failed_login_count, locked_until, updated_at from users order by id`,
  );
  return { counts, department, users };
}

let address = 0;

function send(target: Target, variant: Variant, language: Language) {
  const { payload, headers } = variant.request(target);
  address++;
  return t.app.inject({
    method: target.method,
    url: target.url(),
    // Anonymous callers choose the language with their browser; signed-in users with their setting.
    headers: {
      ...(target.signedIn ? as(admin) : {}),
      ...(language === 'en' && !target.signedIn ? { 'accept-language': 'en-GB,en;q=0.9' } : {}),
      ...headers,
    },
    payload,
    // The login route is rate limited per address; these requests test input handling, not that limit.
    remoteAddress: `198.18.${Math.floor(address / 250)}.${address % 250}`,
  });
}

describe.each(['nl', 'en'] as const)('bad input, answered in %s', (language) => {
  beforeAll(async () => {
    const switched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: as(admin),
      payload: { language },
    });
    expect(switched.statusCode).toBe(204);
  });

  describe.each(TARGETS)('$name', (target) => {
    const variants = VARIANTS.filter((variant) => variant.applies?.(target) ?? true);
    it.each(variants)('refuses $name with $status $code and stores nothing', async (variant) => {
      const before = await snapshot();
      const response = await send(target, variant, language);
      expect(response.statusCode, response.body.slice(0, 500)).toBe(variant.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json();
      expect(problem).toMatchObject({
        code: variant.code,
        status: variant.status,
        title: message(language, variant.code, { limit: BODY_LIMIT_BYTES }),
        type: `about:blank#${variant.code}`,
      });
      if (variant.fieldError) {
        const wanted = variant.fieldError(target);
        expect(problem.errors).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              path: wanted.path,
              ...(wanted.message ? { message: expect.stringContaining(wanted.message) } : {}),
            }),
          ]),
        );
        for (const error of problem.errors) expect(error.message).not.toBe('');
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe('titles', () => {
  it('are Dutch by default and English when the browser asks for English', async () => {
    const nl = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: {},
      remoteAddress: '198.19.0.1',
    });
    expect(nl.json().title).toBe('De gegevens zijn niet compleet of niet juist. Controleer de gemarkeerde velden.');
    expect(nl.json().errors[0].message).toMatch(/verwacht|ongeldig/i);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: {},
      headers: { 'accept-language': 'en' },
      remoteAddress: '198.19.0.2',
    });
    expect(en.json().title).toBe('The data is incomplete or incorrect. Check the marked fields.');
    expect(en.json().errors[0].message).toMatch(/expected|invalid/i);
  });
});

describe('hostile paths and query strings', () => {
  it('refuses NUL characters in a path parameter or query string', async () => {
    const before = await snapshot();
    const inPath = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/org/departments/%00',
      headers: as(admin),
      payload: { active: false },
    });
    expect(inPath.statusCode).toBe(400);
    expect(inPath.json().code).toBe('invalid_characters');
    const inQuery = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=%00', headers: as(admin) });
    expect(inQuery.statusCode).toBe(400);
    expect(inQuery.json().code).toBe('invalid_characters');
    expect(await snapshot()).toEqual(before);
  });

  it('validates query strings: wrong types and unknown parameters are 400 with the field named', async () => {
    const wrongType = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=veel', headers: as(admin) });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toContainEqual(expect.objectContaining({ path: 'querystring.limit' }));
    const tooMany = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=100000', headers: as(admin) });
    expect(tooMany.statusCode).toBe(400);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/audit?sort=seq', headers: as(admin) });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('validation_failed');
    const notUuid = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/org/departments/niet-een-id',
      headers: as(admin),
      payload: { active: false },
    });
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().errors).toContainEqual(expect.objectContaining({ path: 'params.id' }));
  });

  it('answers unknown API paths with a problem+json 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet', headers: as(admin) });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe('not_found');
  });
});

describe('a valid request on the same routes', () => {
  it('is accepted, so the refusals above are about the input', async () => {
    for (const target of TARGETS) {
      if (!target.signedIn) continue;
      const response = await t.app.inject({
        method: target.method,
        url: target.url(),
        headers: as(admin),
        payload: target.valid,
      });
      expect(response.statusCode, `${target.name}: ${response.body}`).toBeLessThan(300);
    }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: TARGETS.find((target) => !target.signedIn)?.valid,
      remoteAddress: '198.19.0.3',
    });
    expect(login.statusCode).toBe(200);
  });
});
