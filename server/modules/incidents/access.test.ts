import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/policy.js';
import { accessTo, mayEdit, missingEssentials } from './access.js';
import type { IncidentRow } from './repository.js';

const DEPARTMENT = 'dep-klantcontact';
const user = (id: string, roles: SessionUser['roles'], departmentId: string | null = DEPARTMENT): SessionUser => ({
  id,
  email: `${id}@example.org`,
  name: id,
  roles,
  language: 'nl',
  officeId: null,
  departmentId,
  teamId: null,
  mustChangePassword: false,
  secondFactor: 'ok',
});
const report = (changes: Partial<IncidentRow> = {}) =>
  ({
    status: 'submitted',
    reportedBy: 'writer',
    employeeId: 'writer',
    departmentId: DEPARTMENT,
    routeTo: 'manager',
    caseStatus: 'new',
    occurredAt: new Date(),
    channel: 'desk',
    forms: ['verbal'],
    facts: 'De klant schreeuwde.',
    ...changes,
  }) as IncidentRow;

describe('who stands where to a report', () => {
  const manager = user('manager', ['manager']);
  const otherManager = user('other', ['manager'], 'dep-wonen');
  const safety = user('safety', ['safety_officer'], null);
  const colleague = user('colleague', ['employee']);

  it('a draft is its writer’s alone, even for the safety officer', () => {
    const draft = report({ status: 'draft', caseStatus: null });
    expect(accessTo(draft, user('writer', ['employee']))).toBe('reporter');
    for (const other of [manager, safety, colleague]) expect(accessTo(draft, other)).toBe('none');
  });
  it('the department’s manager follows the case up; another department’s manager and colleagues see nothing', () => {
    expect(accessTo(report(), manager)).toBe('case');
    expect(accessTo(report(), otherManager)).toBe('none');
    expect(accessTo(report(), colleague)).toBe('none');
    expect(accessTo(report(), safety)).toBe('case');
  });
  it('a report routed to the safety officer is not the manager’s', () => {
    expect(accessTo(report({ routeTo: 'safety_officer' }), manager)).toBe('none');
    expect(accessTo(report({ routeTo: 'safety_officer' }), safety)).toBe('case');
  });
  it('the employee a colleague reported for sees it as their own', () => {
    expect(accessTo(report({ reportedBy: 'manager', employeeId: 'colleague' }), colleague)).toBe('reporter');
  });
  it('the writer completes the report until the case is closed; nobody edits an archived case', () => {
    expect(mayEdit(report({ caseStatus: 'in_progress' }), 'reporter')).toBe(true);
    expect(mayEdit(report({ caseStatus: 'closed' }), 'reporter')).toBe(false);
    expect(mayEdit(report({ caseStatus: 'closed' }), 'case')).toBe(true);
    expect(mayEdit(report({ caseStatus: 'archived' }), 'case')).toBe(false);
  });
  it('a quick report needs when, channel, kind and facts', () => {
    expect(missingEssentials(report())).toEqual([]);
    expect(missingEssentials(report({ occurredAt: null, channel: null, forms: [], facts: '  ' }))).toEqual([
      'occurredAt',
      'channel',
      'forms',
      'facts',
    ]);
  });
});
