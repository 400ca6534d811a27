import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_REQUIREMENTS, requirementState, type TRequirement } from './requirements.js';

const yearly = DEFAULT_REQUIREMENTS[0] as TRequirement; // employee: 3 scenarios per 12 months
const now = new Date('2026-11-23T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const practice = (...days: number[]) => days.map((day) => ({ finishedAt: daysAgo(day), channel: 'telephone' }));
const longAgo = new Date('2020-01-01T00:00:00Z');

describe('requirement state', () => {
  it('is done when enough scenarios were finished within the interval, due a year after the last', () => {
    const state = requirementState(yearly, practice(10, 20, 30), longAgo, now);
    expect(state).toMatchObject({ status: 'done', recent: 3 });
    expect(state.completedAt).toEqual(daysAgo(10));
    expect(state.dueAt).toEqual(addMonths(daysAgo(10), 12));
  });

  it('is overdue when the last completion is more than a year old', () => {
    const state = requirementState(yearly, practice(400, 401, 402), longAgo, now);
    expect(state).toMatchObject({ status: 'overdue', recent: 0 });
  });

  it('is due soon within 30 days of the due date', () => {
    expect(requirementState(yearly, practice(350, 351, 352), longAgo, now).status).toBe('due_soon');
  });

  it('does not count scenarios spread over more than one interval as one completion', () => {
    const state = requirementState(yearly, practice(10, 200, 500), longAgo, now);
    expect(state.completedAt).toBeNull();
    expect(state.status).toBe('overdue');
    expect(state.recent).toBe(2);
  });

  it('gives a newcomer a month for a first completion', () => {
    const joined = daysAgo(5);
    const state = requirementState(yearly, practice(1), joined, now);
    expect(state).toMatchObject({ status: 'open', completedAt: null, recent: 1 });
    expect(state.dueAt).toEqual(addMonths(joined, 1));
  });

  it('counts only the channel a requirement names', () => {
    const phoneOnly: TRequirement = { ...yearly, channel: 'desk' };
    expect(requirementState(phoneOnly, practice(1, 2, 3), longAgo, now).completedAt).toBeNull();
  });

  it('needs the e-learning module as well where the requirement names one', () => {
    const manager = DEFAULT_REQUIREMENTS[2] as TRequirement;
    expect(manager.moduleId).toBe('nazorg-en-rugdekking');
    const practised = practice(10, 20);
    expect(requirementState(manager, practised, longAgo, now).status).toBe('overdue');
    const both = requirementState(manager, practised, longAgo, now, [daysAgo(5)]);
    expect(both.status).toBe('done');
    expect(both.completedAt).toEqual(daysAgo(5));
    // A pass long before the practice does not complete this year's requirement.
    expect(requirementState(manager, practised, longAgo, now, [daysAgo(500)]).completedAt).toBeNull();
    const moduleOnly: TRequirement = { ...manager, minimumScenarios: 0 };
    expect(requirementState(moduleOnly, [], longAgo, now, [daysAgo(3)]).status).toBe('done');
  });

  it('counts a classroom session planned for the requirement as its practice, or as its module when it has none', () => {
    const state = requirementState(yearly, practice(10), longAgo, now, { sessions: [daysAgo(4)] });
    expect(state).toMatchObject({ status: 'done', recent: 1 });
    expect(state.completedAt).toEqual(daysAgo(4));
    // An old session does not make up for this year.
    expect(requirementState(yearly, [], longAgo, now, { sessions: [daysAgo(400)] }).status).toBe('overdue');
    const manager = DEFAULT_REQUIREMENTS[2] as TRequirement;
    const moduleOnly: TRequirement = { ...manager, minimumScenarios: 0 };
    expect(requirementState(moduleOnly, [], longAgo, now, { sessions: [daysAgo(2)] }).status).toBe('done');
    // With practice conversations required, the session stands for them; the module is still needed.
    const withModule = requirementState(manager, [], longAgo, now, { sessions: [daysAgo(2)] });
    expect(withModule.completedAt).toBeNull();
    expect(
      requirementState(manager, [], longAgo, now, { sessions: [daysAgo(2)], modulePasses: [daysAgo(9)] }),
    ).toMatchObject({
      status: 'done',
      completedAt: daysAgo(2),
    });
  });

  it('needs the alarm drills an intervention-team requirement asks for, within one interval', () => {
    const team = DEFAULT_REQUIREMENTS[1] as TRequirement;
    expect(team).toMatchObject({ role: 'responder', minimumDrills: 1, intervalMonths: 6 });
    const practised = practice(20, 30);
    const without = requirementState(team, practised, longAgo, now);
    expect(without).toMatchObject({ completedAt: null, status: 'overdue', recentDrills: 0 });
    const drilled = requirementState(team, practised, longAgo, now, { drills: [daysAgo(50)] });
    expect(drilled).toMatchObject({ status: 'done', recentDrills: 1 });
    expect(drilled.completedAt).toEqual(daysAgo(20)); // met when the last part was done
    // A drill a year before the practice is too far apart to complete one half year.
    expect(requirementState(team, practised, longAgo, now, { drills: [daysAgo(300)] }).completedAt).toBeNull();
    // Two drills needed: two within one interval.
    const twice: TRequirement = { ...team, minimumDrills: 2 };
    expect(requirementState(twice, practised, longAgo, now, { drills: [daysAgo(10)] }).completedAt).toBeNull();
    expect(
      requirementState(twice, practised, longAgo, now, { drills: [daysAgo(10), daysAgo(90)] }).completedAt,
    ).toEqual(daysAgo(10));
    // Drills only: a requirement may ask for nothing else.
    const drillsOnly: TRequirement = { ...team, minimumScenarios: 0 };
    expect(requirementState(drillsOnly, [], longAgo, now, { drills: [daysAgo(1)] }).status).toBe('done');
  });
});
