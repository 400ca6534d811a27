import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../db/testing.js';
import { ROLES, type Role } from '../modules/users/roles.js';
import { as, type Caller, demoEmailFor, loginAs } from './test-client.js';

/**
 * Who may use which route. Every registered route needs a row here, and every row needs a route: adding a
 * route without deciding who may use it fails this test.
 */
type Who = 'anonymous' | Role;

const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];
const SIGNED_IN: readonly Who[] = [...ROLES];
const ADMIN: readonly Who[] = ['admin'];
/** The safety officer owns the protocol and the tolerance boundary (DOMAIN.md). */
const SAFETY_OFFICER: readonly Who[] = ['safety_officer'];
/** Whoever meets clients handles a contact live with the protocol (DOMAIN.md: employee, responder, manager). */
const FRONT_LINE: readonly Who[] = ['employee', 'responder', 'manager'];
/** Follow-up after an incident is the manager's; the safety officer evaluates incidents. */
const FOLLOW_UP: readonly Who[] = ['manager', 'safety_officer'];
/** Client records: who meets clients, and who decides and evaluates measures (clients/policy.ts). */
const CLIENT_READERS: readonly Who[] = ['employee', 'responder', 'manager', 'director', 'safety_officer'];
const CLIENT_EDITORS: readonly Who[] = ['employee', 'responder', 'manager', 'safety_officer'];
/** Reporting an incident and seeing one's own reports (incidents/policy.ts). */
const REPORTERS: readonly Who[] = ['employee', 'responder', 'manager', 'safety_officer'];
/** The director approves heavy measures (access ban, the employer's police report). */
const DIRECTOR: readonly Who[] = ['director'];

/** Protocol compliance: the safety officer evaluates, the director answers for it, a manager sees their department. */
const COMPLIANCE: readonly Who[] = ['manager', 'director', 'safety_officer'];
/** Response teams, rosters and under-staffing: the office's managers, the safety officer and the admin. */
const DUTY_ADMIN: readonly Who[] = ['manager', 'safety_officer', 'admin'];
/** Survey results: the organisation for safety officer, director and HR; a manager their own teams (surveys/policy.ts). */
const SURVEY_READERS: readonly Who[] = ['manager', 'director', 'safety_officer', 'hr'];
/** Confidential reports of unwanted behaviour by colleagues: the confidential counsellor alone (seed 001). */
const CONFIDANT: readonly Who[] = ['confidant'];

/** 90-day plans: managers (own teams), the safety officer and the director read progress; managers and the officer start. */
const PLAN_READERS: readonly Who[] = ['manager', 'director', 'safety_officer'];
const PLAN_STARTERS: readonly Who[] = ['manager', 'safety_officer'];
/** Report audits: the safety officer runs them, the director reads them, managers see their department's outcome. */
const AUDIT_READERS: readonly Who[] = ['director', 'safety_officer'];
const AUDIT_RESULTS: readonly Who[] = ['manager', 'director', 'safety_officer'];

const EXPECTED: Record<string, readonly Who[]> = {
  'GET /api/openapi.json': EVERYONE,
  'GET /healthz': EVERYONE,
  'GET /readyz': EVERYONE,
  'POST /api/v1/auth/login': EVERYONE,
  'GET /api/v1/auth/session': SIGNED_IN,
  'POST /api/v1/auth/password': SIGNED_IN,
  'POST /api/v1/auth/second-factor': SIGNED_IN,
  'GET /api/v1/auth/totp': SIGNED_IN,
  'POST /api/v1/auth/totp/setup': SIGNED_IN,
  'POST /api/v1/auth/totp/enable': SIGNED_IN,
  'POST /api/v1/auth/totp/recovery-codes': SIGNED_IN,
  'POST /api/v1/auth/totp/disable': SIGNED_IN,
  'GET /api/v1/auth/sessions': SIGNED_IN,
  'DELETE /api/v1/auth/sessions/:id': SIGNED_IN,
  'POST /api/v1/users/:id/totp/reset': ADMIN,
  'GET /api/v1/users/:id/sessions': ADMIN,
  'POST /api/v1/users/:id/sessions/revoke': ADMIN,
  'GET /api/v1/home': SIGNED_IN,
  'GET /api/v1/org': SIGNED_IN,
  'PATCH /api/v1/org': ADMIN,
  'POST /api/v1/org/offices': ADMIN,
  'PATCH /api/v1/org/offices/:id': ADMIN,
  'POST /api/v1/org/departments': ADMIN,
  'PATCH /api/v1/org/departments/:id': ADMIN,
  'POST /api/v1/org/teams': ADMIN,
  'PATCH /api/v1/org/teams/:id': ADMIN,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'GET /api/v1/users/:id': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'POST /api/v1/users/:id/deactivate': ADMIN,
  'POST /api/v1/users/:id/activate': ADMIN,
  'POST /api/v1/users/:id/reset-password': ADMIN,
  'PATCH /api/v1/me': SIGNED_IN,
  'GET /api/v1/audit': ADMIN,
  'GET /api/v1/audit/verification': ADMIN,
  'GET /api/v1/protocol': SIGNED_IN,
  'GET /api/v1/protocol/versions': SIGNED_IN,
  'GET /api/v1/protocol/versions/:version': SIGNED_IN,
  'GET /api/v1/protocol/draft': SAFETY_OFFICER,
  'PUT /api/v1/protocol/draft': SAFETY_OFFICER,
  'DELETE /api/v1/protocol/draft': SAFETY_OFFICER,
  'POST /api/v1/protocol/draft/publish': SAFETY_OFFICER,
  'POST /api/v1/handlings': FRONT_LINE,
  'GET /api/v1/handlings': FRONT_LINE,
  'GET /api/v1/handlings/:id': [...FRONT_LINE, 'safety_officer'],
  'POST /api/v1/handlings/:id/steps': FRONT_LINE,
  'POST /api/v1/handlings/:id/phase': FRONT_LINE,
  'POST /api/v1/handlings/:id/handover': FRONT_LINE,
  'POST /api/v1/handlings/:id/alarm': FRONT_LINE,
  'POST /api/v1/handlings/:id/close': FRONT_LINE,
  'GET /api/v1/handlings/:id/handover-candidates': FRONT_LINE,
  'GET /api/v1/tasks': FOLLOW_UP,
  'POST /api/v1/tasks/:id/done': FOLLOW_UP,
  'GET /api/v1/compliance/protocol': COMPLIANCE,
  'POST /api/v1/language/analyse': SIGNED_IN,
  'GET /api/v1/language/report-audit': SAFETY_OFFICER,
  'GET /api/v1/webhooks': ADMIN,
  'POST /api/v1/webhooks': ADMIN,
  'PATCH /api/v1/webhooks/:id': ADMIN,
  'DELETE /api/v1/webhooks/:id': ADMIN,
  'POST /api/v1/webhooks/:id/secret': ADMIN,
  'POST /api/v1/webhooks/:id/test': ADMIN,
  'GET /api/v1/webhooks/:id/deliveries': ADMIN,
  'GET /api/v1/clients': CLIENT_READERS,
  'POST /api/v1/clients': CLIENT_EDITORS,
  'GET /api/v1/clients/:id': CLIENT_READERS,
  'PATCH /api/v1/clients/:id': CLIENT_EDITORS,
  'GET /api/v1/handlings/:id/client': [...FRONT_LINE, 'safety_officer'],
  'PUT /api/v1/handlings/:id/client': FRONT_LINE,
  'POST /api/v1/incidents': REPORTERS,
  'GET /api/v1/incidents/mine': REPORTERS,
  'GET /api/v1/incidents/colleagues': REPORTERS,
  'GET /api/v1/incidents': FOLLOW_UP,
  'GET /api/v1/incidents/export.csv': FOLLOW_UP,
  'GET /api/v1/incidents/export.xlsx': FOLLOW_UP,
  'POST /api/v1/incidents/:id/inspectorate': FOLLOW_UP,
  'GET /api/v1/incidents/arbo-register': FOLLOW_UP,
  'GET /api/v1/incidents/:id': REPORTERS,
  'PATCH /api/v1/incidents/:id': REPORTERS,
  'POST /api/v1/incidents/:id/submit': REPORTERS,
  'POST /api/v1/incidents/:id/attachments': REPORTERS,
  'GET /api/v1/attachments/:id': REPORTERS,
  'DELETE /api/v1/attachments/:id': REPORTERS,
  'POST /api/v1/incidents/:id/status': FOLLOW_UP,
  'PUT /api/v1/incidents/:id/feedback': FOLLOW_UP,
  'POST /api/v1/incidents/:id/ordegesprekken': FOLLOW_UP,
  'POST /api/v1/ordegesprekken/:id/outcome': FOLLOW_UP,
  'POST /api/v1/alarms/:id/incident': FRONT_LINE,
  'GET /api/v1/handlings/:id/incident': [...FRONT_LINE, 'safety_officer'],
  'POST /api/v1/incidents/:id/measures': FOLLOW_UP,
  'POST /api/v1/measures/:id/review': FOLLOW_UP,
  'GET /api/v1/measures/reviews-due': FOLLOW_UP,
  'POST /api/v1/measures/:id/police-report': FOLLOW_UP,
  'GET /api/v1/measures/approvals': DIRECTOR,
  'GET /api/v1/aftercare/mine': SIGNED_IN,
  'POST /api/v1/aftercare/checkins/:id/answer': SIGNED_IN,
  'POST /api/v1/aftercare/conversation-requests': SIGNED_IN,
  'GET /api/v1/aftercare/queue': FOLLOW_UP,
  'GET /api/v1/incidents/:id/aftercare': FOLLOW_UP,
  'POST /api/v1/aftercare/checkins/:id/conversation': FOLLOW_UP,
  'POST /api/v1/incidents/:id/absences': ['manager', 'safety_officer', 'hr'],
  'PUT /api/v1/incidents/:id/debrief': FOLLOW_UP,
  'PUT /api/v1/incidents/:id/evaluation': FOLLOW_UP,
  'GET /api/v1/aftercare/referrals': ['hr'],
  'POST /api/v1/aftercare/checkins/:id/referral-handled': ['hr'],
  'GET /api/v1/aftercare/proposals': SAFETY_OFFICER,
  'POST /api/v1/aftercare/proposals/:id/status': SAFETY_OFFICER,
  'GET /api/v1/aftercare/settings': ['manager', 'safety_officer', 'admin'],
  'PUT /api/v1/aftercare/settings': ['safety_officer', 'admin'],
  'GET /api/v1/aftercare/figures': ['director', 'safety_officer', 'hr'],
  'POST /api/v1/measures/:id/approve': DIRECTOR,
  'POST /api/v1/measures/:id/reject': DIRECTOR,
  'GET /api/v1/duty': DUTY_ADMIN,
  'GET /api/v1/duty/offices/:id': DUTY_ADMIN,
  'PUT /api/v1/duty/offices/:id/settings': DUTY_ADMIN,
  'POST /api/v1/duty/teams': DUTY_ADMIN,
  'PATCH /api/v1/duty/teams/:id': DUTY_ADMIN,
  'PUT /api/v1/duty/teams/:id/members': DUTY_ADMIN,
  'POST /api/v1/duty/teams/:id/exceptions': DUTY_ADMIN,
  'DELETE /api/v1/duty/exceptions/:id': DUTY_ADMIN,
  'GET /api/v1/duty/me': FRONT_LINE,
  'PATCH /api/v1/duty/me': FRONT_LINE,
  'POST /api/v1/duty/heartbeat': FRONT_LINE,
  'POST /api/v1/alarms': FRONT_LINE,
  'GET /api/v1/alarms': [...FRONT_LINE, 'safety_officer'],
  'GET /api/v1/alarms/:id': [...FRONT_LINE, 'safety_officer'],
  'GET /api/v1/alarms/:id/timeline': [...FRONT_LINE, 'safety_officer'],
  'POST /api/v1/alarms/:id/acknowledge': FRONT_LINE,
  'POST /api/v1/alarms/:id/arrive': FRONT_LINE,
  'POST /api/v1/alarms/:id/details': FRONT_LINE,
  'POST /api/v1/alarms/:id/cancel': FRONT_LINE,
  'POST /api/v1/alarms/:id/resolve': FRONT_LINE,
  'GET /api/v1/alarms/stream': FRONT_LINE,
  'GET /api/v1/training/scenarios': SIGNED_IN,
  'POST /api/v1/training/attempts': SIGNED_IN,
  'GET /api/v1/training/attempts/:id': SIGNED_IN,
  'POST /api/v1/training/attempts/:id/answers': SIGNED_IN,
  'GET /api/v1/training/authoring/scenarios': SAFETY_OFFICER,
  'POST /api/v1/training/authoring/scenarios': SAFETY_OFFICER,
  'GET /api/v1/training/authoring/scenarios/:id': SAFETY_OFFICER,
  'PUT /api/v1/training/authoring/scenarios/:id': SAFETY_OFFICER,
  'POST /api/v1/training/authoring/scenarios/:id/publish': SAFETY_OFFICER,
  'POST /api/v1/training/authoring/preview': SAFETY_OFFICER,
  'POST /api/v1/training/authoring/test-play': SAFETY_OFFICER,
  'GET /api/v1/training/modules': SIGNED_IN,
  'GET /api/v1/training/modules/:moduleId': SIGNED_IN,
  'POST /api/v1/training/modules/:moduleId/quiz': SIGNED_IN,
  'GET /api/v1/training/sessions': SAFETY_OFFICER,
  'POST /api/v1/training/sessions': SAFETY_OFFICER,
  'PUT /api/v1/training/sessions/:id/attendance': SAFETY_OFFICER,
  'PATCH /api/v1/training/sessions/:id': SAFETY_OFFICER,
  'POST /api/v1/training/sessions/:id/invitees': SAFETY_OFFICER,
  'POST /api/v1/training/sessions/:id/cancel': SAFETY_OFFICER,
  'GET /api/v1/training/sessions/mine': SIGNED_IN,
  'GET /api/v1/coaching-plans': PLAN_READERS,
  'GET /api/v1/coaching-plans/options': PLAN_STARTERS,
  'POST /api/v1/coaching-plans': PLAN_STARTERS,
  'GET /api/v1/coaching-plans/items/mine': SIGNED_IN,
  'GET /api/v1/coaching-plans/:id': PLAN_READERS,
  'POST /api/v1/coaching-plans/items/:id/done': SIGNED_IN,
  'POST /api/v1/coaching-plans/items/:id/replan': SIGNED_IN,
  'GET /api/v1/audits': AUDIT_READERS,
  'GET /api/v1/audits/options': SAFETY_OFFICER,
  'GET /api/v1/audits/results': AUDIT_RESULTS,
  'POST /api/v1/audits': SAFETY_OFFICER,
  'GET /api/v1/audits/:id': AUDIT_READERS,
  'PUT /api/v1/audits/:id/samples/:incidentId': SAFETY_OFFICER,
  'POST /api/v1/audits/:id/finish': SAFETY_OFFICER,
  'GET /api/v1/training/people': SAFETY_OFFICER,
  'GET /api/v1/training/requirements': SIGNED_IN,
  'PUT /api/v1/training/requirements': SAFETY_OFFICER,
  'GET /api/v1/training/requirements/mine': SIGNED_IN,
  'GET /api/v1/training/requirements/team': ['manager'],
  'GET /api/v1/training/requirements/mine/:requirementId/certificate': SIGNED_IN,
  'GET /api/v1/training/evidence.csv': ['safety_officer', 'hr'],
  'GET /api/v1/signal-card': SIGNED_IN,
  'PUT /api/v1/signal-card': SAFETY_OFFICER,
  'GET /api/v1/signal-card/pdf': SIGNED_IN,
  'GET /api/v1/signal-card/offline': SIGNED_IN,
  'GET /api/v1/dashboard': ['manager', 'director', 'safety_officer', 'hr'],
  'GET /api/v1/dashboard/export.csv': ['manager', 'director', 'safety_officer', 'hr'],
  'GET /api/v1/dashboard/complaints': ['director', 'safety_officer'],
  'PUT /api/v1/dashboard/complaints': SAFETY_OFFICER,
  'GET /api/v1/dashboard/evidence.pdf': ['director', 'safety_officer'],
  'GET /api/v1/letter-templates': FOLLOW_UP,
  'GET /api/v1/letter-templates/:kind/versions': FOLLOW_UP,
  'PUT /api/v1/letter-templates/:kind': SAFETY_OFFICER,
  'GET /api/v1/measures/:id/letter': FOLLOW_UP,
  'POST /api/v1/measures/:id/letters': FOLLOW_UP,
  'GET /api/v1/letters/:id/pdf': FOLLOW_UP,
  'GET /api/v1/incidents/:id/dossier': FOLLOW_UP,
  'POST /api/v1/confidential/reports': SIGNED_IN,
  'POST /api/v1/confidential/follow': SIGNED_IN,
  'POST /api/v1/confidential/follow/messages': SIGNED_IN,
  'GET /api/v1/confidential/reports': CONFIDANT,
  'GET /api/v1/confidential/reports/:id': CONFIDANT,
  'POST /api/v1/confidential/reports/:id/status': CONFIDANT,
  'POST /api/v1/confidential/reports/:id/notes': CONFIDANT,
  'POST /api/v1/confidential/reports/:id/messages': CONFIDANT,
  'GET /*': EVERYONE,
  'GET /api/v1/mail/status': ADMIN,
  'GET /api/v1/surveys/questionnaire': SAFETY_OFFICER,
  'GET /api/v1/surveys/campaigns': SURVEY_READERS,
  'POST /api/v1/surveys/campaigns': SAFETY_OFFICER,
  'GET /api/v1/surveys/campaigns/:id': SURVEY_READERS,
  'PATCH /api/v1/surveys/campaigns/:id': SAFETY_OFFICER,
  'PUT /api/v1/surveys/campaigns/:id/items': SAFETY_OFFICER,
  'POST /api/v1/surveys/campaigns/:id/open': SAFETY_OFFICER,
  'POST /api/v1/surveys/campaigns/:id/close': SAFETY_OFFICER,
  'POST /api/v1/surveys/campaigns/:id/remind': SAFETY_OFFICER,
  'GET /api/v1/surveys/campaigns/:id/results': SURVEY_READERS,
  'GET /api/v1/surveys/campaigns/:id/results.csv': SURVEY_READERS,
  'GET /api/v1/surveys/invitations': SIGNED_IN,
  'GET /api/v1/surveys/invitations/:id': SIGNED_IN,
  'POST /api/v1/surveys/invitations/:id/response': SIGNED_IN,
  // Single sign-on: the login page asks whether it is configured; the flow itself starts without a session.
  'GET /api/v1/auth/sso': EVERYONE,
  'GET /api/v1/auth/sso/start': EVERYONE,
  'GET /api/v1/auth/sso/callback': EVERYONE,
  'GET /api/v1/sso/settings': ADMIN,
  'PUT /api/v1/sso/settings': ADMIN,
  // Privacy requests are the safety officer's; retention periods and runs also the admin's (privacy/policy.ts).
  'GET /api/v1/privacy/requests': SAFETY_OFFICER,
  'POST /api/v1/privacy/requests': SAFETY_OFFICER,
  'GET /api/v1/privacy/requests/:id': SAFETY_OFFICER,
  'GET /api/v1/privacy/requests/:id/export.json': SAFETY_OFFICER,
  'GET /api/v1/privacy/requests/:id/export.pdf': SAFETY_OFFICER,
  'POST /api/v1/privacy/requests/:id/erase': SAFETY_OFFICER,
  'POST /api/v1/privacy/requests/:id/close': SAFETY_OFFICER,
  'GET /api/v1/privacy/subjects': SAFETY_OFFICER,
  'GET /api/v1/privacy/confidential-reports/:id/reporter-export.json': CONFIDANT,
  'GET /api/v1/retention': ['admin', 'safety_officer'],
  'PUT /api/v1/retention': ['admin', 'safety_officer'],
  'POST /api/v1/retention/runs': ['admin', 'safety_officer'],
  'GET /api/v1/retention/runs/:id': ['admin', 'safety_officer'],
  // Last: it ends the session of the caller, so the other rows must have been tried before.
  'POST /api/v1/auth/logout': SIGNED_IN,
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const TEMPORARY_PASSWORD = 'Tijdelijk-wachtwoord-1';
const OWN_PASSWORD = 'Eigen-wachtwoord-2026!';

function keyOf(route: { method: string; url: string }): string {
  return `${route.method} ${route.url}`;
}

/** A concrete URL for a route pattern: path parameters become random UUIDs, the web fallback a page. */
function concreteUrl(pattern: string): string {
  return pattern.replace(/:[A-Za-z]+/g, () => randomUUID()).replace(/\/\*$/, '/een-pagina');
}

let t: TestContext;
/** One user per role holding exactly that role, so a role's access is not blurred by a second role. */
const callers = new Map<Who, Caller | null>();

beforeAll(async () => {
  t = await createTestContext();
  const admin = await loginAs(t.app, demoEmailFor('admin'));
  callers.set('anonymous', null);
  for (const role of ROLES) {
    const email = `matrix-${role}@test.example`;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin),
      payload: { email, name: `Matrix ${role}`, roles: [role], temporaryPassword: TEMPORARY_PASSWORD },
    });
    expect(created.statusCode, created.body).toBe(201);
    const caller = await loginAs(t.app, email, TEMPORARY_PASSWORD);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: as(caller),
      payload: { currentPassword: TEMPORARY_PASSWORD, newPassword: OWN_PASSWORD },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(caller) });
    expect(session.json().user).toMatchObject({ roles: [role], mustChangePassword: false });
    callers.set(role, caller);
  }
}, 120_000);
afterAll(() => t.close());

describe('access matrix', () => {
  it('has exactly one row per registered route (HEAD routes follow their GET route)', () => {
    const registered = t.app.registeredRoutes.filter((route) => route.method !== 'HEAD').map(keyOf);
    const missingRows = registered.filter((key) => !(key in EXPECTED));
    const rowsWithoutRoute = Object.keys(EXPECTED).filter((key) => !registered.includes(key));
    expect(missingRows, 'routes without a row in the access matrix').toEqual([]);
    expect(rowsWithoutRoute, 'rows of the access matrix without a route').toEqual([]);
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('gives every HEAD route the policy of its GET route', () => {
    const heads = t.app.registeredRoutes.filter((route) => route.method === 'HEAD');
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      const get = t.app.registeredRoutes.find((route) => route.method === 'GET' && route.url === head.url);
      expect(get?.policy, `HEAD ${head.url}`).toBe(head.policy);
    }
  });

  it('knows only roles that exist', () => {
    for (const allowed of Object.values(EXPECTED)) {
      for (const who of allowed) expect(EVERYONE).toContain(who);
    }
  });

  describe.each(Object.entries(EXPECTED))('%s', (key, allowed) => {
    it(`allows ${allowed.join(', ')} and refuses the others`, async () => {
      const [method = '', pattern = ''] = key.split(' ');
      const outcomes: string[] = [];
      const expectedOutcomes: string[] = [];
      let index = 0;
      for (const who of EVERYONE) {
        index++;
        const caller = callers.get(who);
        if (caller === undefined) throw new Error(`no caller for ${who}`);
        const write = !SAFE.has(method);
        const response = await t.app.inject({
          method: method as 'GET',
          url: concreteUrl(pattern),
          headers: caller ? as(caller) : {},
          // Each caller its own address, so the per-IP rate limits of login and password change never interfere.
          remoteAddress: `10.0.0.${index}`,
          ...(write ? { payload: {} } : {}),
        });
        expect(response.statusCode, `${key} as ${who}: ${response.body}`).toBeLessThan(500);
        const allowedHere = allowed.includes(who);
        let outcome: string;
        if (response.statusCode === 401 || response.statusCode === 403) {
          expect(response.headers['content-type'], `${key} as ${who}`).toMatch(/^application\/problem\+json/);
          outcome = `${who}: refused ${response.statusCode} ${response.json().code}`;
        } else {
          outcome = `${who}: allowed`;
        }
        outcomes.push(outcome);
        if (allowedHere) expectedOutcomes.push(`${who}: allowed`);
        else if (who === 'anonymous') expectedOutcomes.push(`${who}: refused 401 unauthenticated`);
        else expectedOutcomes.push(`${who}: refused 403 forbidden`);
      }
      expect(outcomes).toEqual(expectedOutcomes);
    });
  });
});
