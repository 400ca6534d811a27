import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Tx } from '../../db/client.js';
import { ProblemError } from '../../http/problem.js';
import { dutchDate } from '../../time/dutch-time.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { queueMails } from '../mail/queue.js';
import { users } from '../users/tables.js';
import { addCalendarDays, addCalendarMonths, DEFAULT_OPEN_DAYS, daysBetween, REMEASUREMENT_MONTHS } from './dates.js';
import { surveyMail } from './mail.js';
import { surveyCampaigns, surveyInvitations } from './tables.js';

/**
 * The moments of a campaign's life that both the safety officer and the background job cause: opening (invite
 * everyone targeted, in-app and by e-mail) and closing (which plans the re-measurement of a baseline).
 */
export type CampaignRow = typeof surveyCampaigns.$inferSelect;

/** Opens a campaign inside the caller's transaction: invitations and invitation mails, audited. */
export async function openCampaignInTx(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  config: Pick<Config, 'publicUrl'>,
): Promise<number> {
  if (campaign.status !== 'draft' && campaign.status !== 'scheduled')
    throw new ProblemError(409, 'survey_not_editable');
  const today = dutchDate();
  if (campaign.closesOn < today) throw new ProblemError(400, 'survey_closes_in_past');
  const everyone = campaign.targetTeamIds.length === 0 && campaign.targetOfficeIds.length === 0;
  const targeted = [
    ...(campaign.targetTeamIds.length > 0 ? [inArray(users.teamId, campaign.targetTeamIds)] : []),
    ...(campaign.targetOfficeIds.length > 0 ? [inArray(users.officeId, campaign.targetOfficeIds)] : []),
  ];
  const invitees = await tx
    .select({ id: users.id, email: users.email, name: users.name, language: users.language, teamId: users.teamId })
    .from(users)
    .where(everyone ? eq(users.active, true) : and(eq(users.active, true), or(...targeted)));
  if (invitees.length === 0) throw new ProblemError(409, 'survey_no_invitees');
  await tx
    .update(surveyCampaigns)
    .set({ status: 'open', openedAt: new Date(), opensOn: today, updatedAt: new Date() })
    .where(eq(surveyCampaigns.id, campaign.id));
  for (let start = 0; start < invitees.length; start += 1000) {
    await tx
      .insert(surveyInvitations)
      .values(
        invitees
          .slice(start, start + 1000)
          .map((invitee) => ({ campaignId: campaign.id, userId: invitee.id, teamId: invitee.teamId })),
      );
  }
  await queueMails(
    tx,
    invitees.map((invitee) => surveyMail('invitation', invitee, campaign, config.publicUrl)),
  );
  await recordAudit(tx, actor, {
    action: 'survey.opened',
    entityType: 'survey_campaign',
    entityId: campaign.id,
    after: { status: 'open', invited: invitees.length, itemsVersion: campaign.itemsVersion },
  });
  return invitees.length;
}

/** Closes a campaign; a baseline gets its re-measurement planned three months on (unless one exists). */
export async function closeCampaignInTx(tx: Tx, actor: Actor, campaign: CampaignRow): Promise<void> {
  if (campaign.status !== 'open') throw new ProblemError(409, 'survey_not_open');
  await tx
    .update(surveyCampaigns)
    .set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() })
    .where(eq(surveyCampaigns.id, campaign.id));
  await recordAudit(tx, actor, {
    action: 'survey.closed',
    entityType: 'survey_campaign',
    entityId: campaign.id,
    before: { status: 'open' },
    after: { status: 'closed' },
  });
  if (campaign.kind !== 'baseline') return;
  const [existing] = await tx
    .select({ id: surveyCampaigns.id })
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.baselineId, campaign.id))
    .limit(1);
  if (existing) return;
  await planRemeasurementInTx(tx, actor, campaign, addCalendarMonths(dutchDate(), REMEASUREMENT_MONTHS));
}

/**
 * Plans the re-measurement of a baseline to open on `opensOn` (status scheduled; the job opens it that day), with
 * the baseline's questions and targets and as many open days as the baseline had. Audited as `survey.scheduled`.
 */
export async function planRemeasurementInTx(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  opensOn: string,
  afterTrainingSessionId: string | null = null,
): Promise<string> {
  const openDays = campaign.opensOn ? Math.max(7, daysBetween(campaign.opensOn, campaign.closesOn)) : DEFAULT_OPEN_DAYS;
  const [planned] = await tx
    .insert(surveyCampaigns)
    .values({
      title: `Nameting: ${campaign.title}`.slice(0, 200),
      kind: 'remeasurement',
      status: 'scheduled',
      baselineId: campaign.id,
      items: campaign.items,
      itemsVersion: campaign.itemsVersion,
      targetTeamIds: campaign.targetTeamIds,
      targetOfficeIds: campaign.targetOfficeIds,
      opensOn,
      closesOn: addCalendarDays(opensOn, openDays),
      afterTrainingSessionId,
      createdBy: actor.id,
    })
    .returning({ id: surveyCampaigns.id });
  if (!planned) throw new Error('re-measurement insert returned nothing');
  await recordAudit(tx, actor, {
    action: 'survey.scheduled',
    entityType: 'survey_campaign',
    entityId: planned.id,
    after: {
      kind: 'remeasurement',
      baselineId: campaign.id,
      opensOn,
      status: 'scheduled',
      ...(afterTrainingSessionId ? { afterTrainingSessionId } : {}),
    },
  });
  return planned.id;
}

/** Invitees who have not answered yet get a reminder mail (the home screen shows the invitation anyway). */
export async function remindInTx(
  tx: Tx,
  actor: Actor,
  campaign: CampaignRow,
  config: Pick<Config, 'publicUrl'>,
): Promise<number> {
  if (campaign.status !== 'open') throw new ProblemError(409, 'survey_not_open');
  const waiting = await tx
    .select({ userId: users.id, email: users.email, name: users.name, language: users.language })
    .from(surveyInvitations)
    .innerJoin(users, eq(users.id, surveyInvitations.userId))
    .where(
      and(eq(surveyInvitations.campaignId, campaign.id), isNull(surveyInvitations.respondedAt), eq(users.active, true)),
    );
  const now = new Date();
  if (waiting.length > 0) {
    await queueMails(
      tx,
      waiting.map((invitee) => surveyMail('reminder', invitee, campaign, config.publicUrl)),
    );
    await tx
      .update(surveyInvitations)
      .set({ remindedAt: now })
      .where(and(eq(surveyInvitations.campaignId, campaign.id), isNull(surveyInvitations.respondedAt)));
  }
  await tx.update(surveyCampaigns).set({ lastRemindedAt: now }).where(eq(surveyCampaigns.id, campaign.id));
  await recordAudit(tx, actor, {
    action: 'survey.reminded',
    entityType: 'survey_campaign',
    entityId: campaign.id,
    details: { reminded: waiting.length },
  });
  return waiting.length;
}

/** A key for an item the safety officer added: never one of the built-in keys, never reused. */
export function newItemKey(): string {
  return `c${randomBytes(4).toString('hex')}`;
}

export const lockCampaign = (tx: Tx, id: string) =>
  tx
    .select()
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.id, id))
    .for('update')
    .then((rows) => rows[0]);
