import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/policy.js';
import { isCaretaker, maySeeAnswers } from './access.js';

const user = (id: string, roles: SessionUser['roles'], departmentId: string | null): SessionUser => ({
  id,
  email: `${id}@example.test`,
  name: id,
  roles,
  language: 'nl',
  officeId: null,
  departmentId,
  teamId: null,
  mustChangePassword: false,
  secondFactor: 'ok',
});

const checkin = { personId: 'sanne', caretaker: 'manager', departmentId: 'klantcontact' };

describe('who holds and reads aftercare', () => {
  it('is the manager of the person’s department, never another department’s', () => {
    expect(isCaretaker(checkin, user('joost', ['manager'], 'klantcontact'))).toBe(true);
    expect(isCaretaker(checkin, user('wim', ['manager'], 'wonen'))).toBe(false);
    expect(isCaretaker(checkin, user('mehmet', ['employee'], 'klantcontact'))).toBe(false);
  });

  it('is the safety officer only when the check-in is theirs', () => {
    const safety = user('joyce', ['safety_officer'], null);
    expect(isCaretaker(checkin, safety)).toBe(false);
    expect(isCaretaker({ ...checkin, caretaker: 'safety_officer' }, safety)).toBe(true);
  });

  it('is never the person for their own check-in, who still sees their own answers', () => {
    const managerAsPerson = { ...checkin, personId: 'joost' };
    const joost = user('joost', ['manager'], 'klantcontact');
    expect(isCaretaker(managerAsPerson, joost)).toBe(false);
    expect(maySeeAnswers(managerAsPerson, joost)).toBe(true);
    expect(maySeeAnswers(checkin, user('priya', ['hr'], null))).toBe(false);
  });
});
