import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { eventsOf as alarmEventsOf } from '../alarms/repository.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { clients } from '../clients/tables.js';
import { eventsOf as handlingEventsOf } from '../handlings/repository.js';
import { accessTo } from '../incidents/access.js';
import { findIncident } from '../incidents/repository.js';
import { getIncident } from '../incidents/service.js';
import { organisation } from '../org/tables.js';
import { type DossierData, renderDossier, type TimelineEntry } from './dossier-pdf.js';
import { MEASURE_NAMES, TASK_NAMES } from './words.js';

const HANDLING_EVENTS: Record<string, string> = {
  started: 'Handeling gestart',
  step_done: 'Protocolstap gedaan',
  step_not_applicable: 'Protocolstap niet van toepassing',
  step_skipped: 'Protocolstap overgeslagen',
  phase_changed: 'Fase veranderd',
  handed_over: 'Overgedragen',
  alarm_raised: 'Stil alarm gegeven',
  closed: 'Handeling afgerond',
};

const ALARM_EVENTS: Record<string, string> = {
  raised: 'Alarm gegeven',
  committed: 'Alarm vastgelegd',
  notified: 'Interventieteam gealarmeerd',
  escalated: 'Doorgeschakeld naar een volgend niveau',
  call_112: 'Opdracht 112 te bellen',
  delivered: 'Ontvangen op toestel',
  seen: 'Gezien',
  acknowledged: 'Hulpverlener komt eraan',
  arrived: 'Hulpverlener aangekomen',
  details_changed: 'Plek of situatie aangevuld',
  resolved: 'Alarm afgehandeld',
  cancelled: 'Alarm ingetrokken',
  false_alarm: 'Vals alarm',
};

/**
 * The incident dossier as one PDF to hand to the police: facts and literal quotes, the timeline (with the live
 * handling and the silent alarm when linked), the evidence by name and SHA-256, the measures and the ELA/VPT
 * police-report data. For whoever follows up the case; the download is audited as a sensitive read.
 */
export async function incidentDossier(ctx: AppContext, user: SessionUser, incidentId: string): Promise<Buffer> {
  const row = await findIncident(ctx.db, incidentId);
  if (!row || accessTo(row, user) !== 'case') throw new ProblemError(404, 'not_found');
  const incident = await getIncident(ctx, user, incidentId);
  const [client] = row.clientId ? await ctx.db.select().from(clients).where(eq(clients.id, row.clientId)) : [];
  const [org] = await ctx.db.select({ name: organisation.name }).from(organisation);
  const [handlingEvents, alarmEvents] = await Promise.all([
    row.handlingId ? handlingEventsOf(ctx.db, row.handlingId) : [],
    row.alarmId ? alarmEventsOf(ctx.db, row.alarmId) : [],
  ]);

  const timeline: TimelineEntry[] = [];
  if (incident.occurredAt) timeline.push({ at: new Date(incident.occurredAt), what: 'Incident', who: '' });
  for (const event of handlingEvents)
    timeline.push({
      at: event.at,
      what: `${HANDLING_EVENTS[event.type] ?? event.type}${event.phase ? ` (fase ${event.phase})` : ''}${
        event.toUserName ? ` aan ${event.toUserName}` : ''
      }${event.reason ? `: ${event.reason}` : ''}`,
      who: event.actorName,
    });
  for (const event of alarmEvents)
    timeline.push({
      at: new Date(event.at),
      what: ALARM_EVENTS[event.type] ?? event.type,
      who: event.actor?.name ?? '',
    });
  if (incident.submittedAt)
    timeline.push({ at: new Date(incident.submittedAt), what: 'Melding verstuurd', who: incident.reportedBy.name });
  for (const talk of incident.ordegesprekken) {
    timeline.push({ at: new Date(talk.plannedAt), what: `Ordegesprek gepland met ${talk.participants}`, who: '' });
    if (talk.heldAt) timeline.push({ at: new Date(talk.heldAt), what: 'Ordegesprek gevoerd', who: '' });
  }
  for (const task of incident.tasks)
    if (task.doneAt)
      timeline.push({
        at: new Date(task.doneAt),
        what: `Taak afgerond: ${TASK_NAMES[task.kind] ?? task.kind}`,
        who: task.assignee,
      });
  for (const measure of incident.measures)
    timeline.push({
      at: new Date(`${measure.startsOn}T12:00:00Z`),
      what: `Maatregel: ${MEASURE_NAMES[measure.kind] ?? measure.kind}`,
      who: measure.decidedBy ?? '',
    });
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());

  const data: DossierData = {
    organisation: org?.name ?? '',
    incident,
    client: client
      ? { name: client.name, number: client.clientNumber ?? '', address: client.address, phone: client.phone }
      : null,
    timeline,
    generatedAt: new Date(),
    generatedBy: user.name,
  };
  const pdf = await renderDossier(data);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, actorOf(user), {
      action: 'read.incident_dossier',
      entityType: 'incident',
      entityId: incidentId,
      details: { pages: countPages(pdf), bytes: pdf.length },
    }),
  );
  return pdf;
}

function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
