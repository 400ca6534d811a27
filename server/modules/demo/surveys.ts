import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { teams } from '../org/tables.js';
import { addCalendarMonths } from '../surveys/dates.js';
import { BUILT_IN_ITEMS } from '../surveys/questionnaire.js';
import { surveyCampaigns, surveyInvitations, surveyResponses } from '../surveys/tables.js';
import { replaceRoles } from '../users/repository.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

/** Colleagues in the two front offices who answer surveys; they have no password, so nobody logs in as them. */
const COLLEAGUES: Record<'Frontoffice Eindhoven' | 'Frontoffice Helmond', string[]> = {
  'Frontoffice Eindhoven': ['Lotte Willems', 'Daan Peters', 'Noor Bouzid', 'Bram van Dijk', 'Eva Mulder', 'Sem Kok'],
  'Frontoffice Helmond': ['Iris Maas', 'Youssef Amrani', 'Femke Smits', 'Jesse Verbeek', 'Lisa Hoekstra', 'Thijs Bos'],
};

/** A small deterministic generator, so the demo shows the same figures every time. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** One respondent's answers: a level per theme (better after the training) with some spread per person. */
function answersFor(next: () => number, after: boolean): Record<string, number> {
  const level: Record<string, number> = after
    ? {
        work_pressure: 3.1,
        safety: 3.8,
        grip: 3.9,
        support_manager: 3.7,
        support_colleagues: 4.1,
        aggression_experienced: 2.6,
        aggression_reported: 3.6,
      }
    : {
        work_pressure: 3.6,
        safety: 3.1,
        grip: 3.0,
        support_manager: 3.2,
        support_colleagues: 3.8,
        aggression_experienced: 2.9,
        aggression_reported: 2.5,
      };
  const answers: Record<string, number> = {};
  const personal = (next() - 0.5) * 1.2;
  for (const item of BUILT_IN_ITEMS) {
    if (item.kind !== 'scale') continue;
    const value = (level[item.theme] ?? 3) + personal * 0.6 + (next() - 0.5) * 1.6;
    answers[item.key] = Math.min(5, Math.max(1, Math.round(value)));
  }
  return answers;
}

const OPEN_BEFORE = [
  'Een collega die meeluistert als een gesprek lastig wordt.',
  'Duidelijke afspraken over wanneer ik een gesprek mag stoppen.',
  'Dat mijn leidinggevende na een incident vraagt hoe het gaat.',
  'Een alarmknop die het altijd doet.',
  'Meer tijd tussen afspraken aan de balie.',
];
const OPEN_AFTER = [
  'De grenszinnen van de training gebruik ik elke week.',
  'Snelle reactie van het interventieteam.',
  'Het helpt dat we incidenten nu bespreken in het teamoverleg.',
  'Nog vaker oefenen met lastige telefoongesprekken.',
  'De signaalkaart bij de balie.',
];

/**
 * A closed baseline of three months ago and its re-measurement, open now, for the two front offices: the
 * safety officer sees results and a pre/post comparison, and the demo employee finds the questionnaire on the
 * home screen (she has not answered the re-measurement yet).
 */
export async function loadSurveyDemo(tx: Tx): Promise<void> {
  const today = dutchDate();
  const baselineClosed = addCalendarMonths(today, -3);
  const baselineOpened = addCalendarDays(baselineClosed, -14);
  const frontOffices = await tx.select().from(teams);
  const targetTeams = frontOffices.filter((team) => team.name in COLLEAGUES);
  for (const team of targetTeams) {
    const names = COLLEAGUES[team.name as keyof typeof COLLEAGUES];
    for (const name of names) {
      const local = name.toLowerCase().replace(/[^a-z]+/g, '.');
      const [row] = await tx
        .insert(users)
        .values({
          email: `${local}@${DEMO_DOMAIN}`,
          name,
          passwordHash: null,
          isDemo: true,
          officeId: team.officeId,
          departmentId: team.departmentId,
          teamId: team.id,
        })
        .returning({ id: users.id });
      if (!row) throw new Error('demo insert failed');
      await replaceRoles(tx, row.id, ['employee']);
    }
  }
  const targetTeamIds = targetTeams.map((team) => team.id);
  const [baseline] = await tx
    .insert(surveyCampaigns)
    .values({
      title: 'Nulmeting veilig werken frontoffice',
      kind: 'baseline',
      status: 'closed',
      items: [...BUILT_IN_ITEMS],
      targetTeamIds,
      opensOn: baselineOpened,
      closesOn: baselineClosed,
      openedAt: startOfDutchDay(baselineOpened),
      closedAt: startOfDutchDay(addCalendarDays(baselineClosed, 1)),
    })
    .returning({ id: surveyCampaigns.id });
  const [remeasurement] = baseline
    ? await tx
        .insert(surveyCampaigns)
        .values({
          title: 'Nameting: Nulmeting veilig werken frontoffice',
          kind: 'remeasurement',
          status: 'open',
          baselineId: baseline.id,
          items: [...BUILT_IN_ITEMS],
          targetTeamIds,
          opensOn: today,
          closesOn: addCalendarDays(today, 14),
          openedAt: new Date(),
        })
        .returning({ id: surveyCampaigns.id })
    : [];
  if (!baseline || !remeasurement) throw new Error('demo insert failed');

  const next = generator(20260323);
  const invitees = await tx
    .select({ id: users.id, teamId: users.teamId, email: users.email })
    .from(users)
    .where(eq(users.active, true));
  const invited = invitees.filter((person) => person.teamId && targetTeamIds.includes(person.teamId));
  const sanne = `medewerker@${DEMO_DOMAIN}`;
  let openIndex = 0;
  for (const [campaignId, after] of [
    [baseline.id, false],
    [remeasurement.id, true],
  ] as const) {
    for (const [index, person] of invited.entries()) {
      // Everyone answered the baseline but one; of the re-measurement most have answered already, not Sanne.
      const answered = after ? person.email !== sanne && index % 7 !== 3 : index !== 2;
      await tx.insert(surveyInvitations).values({
        campaignId,
        userId: person.id,
        teamId: person.teamId,
        invitedAt: startOfDutchDay(after ? today : baselineOpened),
        respondedAt: answered ? new Date() : null,
      });
      if (!answered) continue;
      const open = after ? OPEN_AFTER : OPEN_BEFORE;
      await tx.insert(surveyResponses).values({
        campaignId,
        itemsVersion: 1,
        teamId: person.teamId,
        answers: answersFor(next, after),
        openAnswers: openIndex % 2 === 0 ? { op1: open[openIndex % open.length] as string } : {},
      });
      openIndex++;
    }
  }
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'survey.demo_loaded',
    entityType: 'survey_campaign',
    entityId: baseline.id,
    details: { remeasurementId: remeasurement.id, invited: invited.length },
  });
}
