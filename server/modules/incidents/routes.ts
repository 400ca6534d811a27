import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { actionOnId } from '../../http/action-route.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { alarmPolicy } from '../alarms/policy.js';
import { recordRead } from '../audit/record-read.js';
import { handlingPolicy } from '../handlings/policy.js';
import { getHandling } from '../handlings/service.js';
import { attachmentRoutes } from './attachment-routes.js';
import { incidentsCsv } from './csv.js';
import { draftFromAlarm } from './from-alarm.js';
import { incidentPolicy } from './policy.js';
import {
  ZArboRegisterItem,
  ZCaseStatusRequest,
  ZCreateIncidentRequest,
  ZFeedbackRequest,
  ZIncident,
  ZIncidentListItem,
  ZIncidentListQuery,
  ZInspectorateRequest,
  ZMyIncident,
  ZOrdegesprekOutcomeRequest,
  ZPlanOrdegesprekRequest,
  ZUpdateIncidentRequest,
} from './schema.js';
import {
  arboRegister,
  colleaguesOf,
  createIncident,
  getIncident,
  incidentList,
  incidentOfHandling,
  myIncidents,
  planOrdegesprek,
  recordInspectorateReport,
  recordOrdegesprekOutcome,
  setCaseStatus,
  setFeedback,
  submitIncident,
  updateIncident,
} from './service.js';
import { incidentsXlsx } from './xlsx.js';

/** Most rows one CSV export holds; the filters narrow it down. */
const CSV_LIMIT = 10_000;

export function incidentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['incidents'];
  const view = { policy: incidentPolicy.view };
  const followUp = { policy: incidentPolicy.followUp };
  attachmentRoutes(app, ctx);

  app.post(
    '/api/v1/incidents',
    {
      config: { policy: incidentPolicy.report },
      schema: { tags, body: ZCreateIncidentRequest, response: { 201: ZIncident } },
    },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await createIncident(ctx, user, request.body);
      return reply.code(201).send(await getIncident(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/incidents/colleagues',
    {
      config: { policy: incidentPolicy.report },
      schema: {
        tags,
        response: { 200: z.object({ colleagues: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (request) => ({ colleagues: await colleaguesOf(ctx.db, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/incidents/mine',
    { config: view, schema: { tags, response: { 200: z.object({ incidents: z.array(ZMyIncident) }) } } },
    async (request) => ({ incidents: await myIncidents(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/incidents',
    {
      config: followUp,
      schema: {
        tags,
        querystring: ZIncidentListQuery,
        response: { 200: z.object({ incidents: z.array(ZIncidentListItem) }) },
      },
    },
    async (request) => ({ incidents: await incidentList(ctx, currentUser(request.user), request.query) }),
  );
  app.get(
    '/api/v1/incidents/export.csv',
    { config: followUp, schema: { tags, querystring: ZIncidentListQuery } },
    async (request, reply) => {
      const rows = await incidentList(ctx, currentUser(request.user), request.query, CSV_LIMIT);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meldingen.csv"')
        .header('cache-control', 'no-store')
        .send(incidentsCsv(rows));
    },
  );
  app.get(
    '/api/v1/incidents/export.xlsx',
    { config: followUp, schema: { tags, querystring: ZIncidentListQuery } },
    async (request, reply) => {
      const rows = await incidentList(ctx, currentUser(request.user), request.query, CSV_LIMIT);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="meldingen.xlsx"')
        .header('cache-control', 'no-store')
        .send(await incidentsXlsx(rows));
    },
  );
  app.get(
    '/api/v1/incidents/:id',
    { config: view, schema: { tags, params: uuidParam, response: { 200: ZIncident } } },
    async (request) => {
      const user = currentUser(request.user);
      const incident = await getIncident(ctx, user, request.params.id);
      // Writers reading their own report are not logged; everyone following up the case is.
      if (incident.reportedBy.id !== user.id && incident.employee.id !== user.id)
        await recordRead(ctx, user, { entityType: 'incident', entityId: incident.id });
      return incident;
    },
  );
  actionOnId(app, {
    method: 'PATCH',
    url: '/api/v1/incidents/:id',
    policy: view.policy,
    tags,
    body: ZUpdateIncidentRequest,
    view: ZIncident,
    act: async (user, id, body) => {
      await updateIncident(ctx, user, id, body);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/incidents/:id/submit',
    policy: view.policy,
    tags,
    view: ZIncident,
    act: async (user, id) => {
      await submitIncident(ctx, user, id);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });

  // The case.
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/incidents/:id/status',
    policy: followUp.policy,
    tags,
    body: ZCaseStatusRequest,
    view: ZIncident,
    act: async (user, id, body) => {
      await setCaseStatus(ctx, user, id, body.status);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  actionOnId(app, {
    method: 'PUT',
    url: '/api/v1/incidents/:id/feedback',
    policy: followUp.policy,
    tags,
    body: ZFeedbackRequest,
    view: ZIncident,
    act: async (user, id, body) => {
      await setFeedback(ctx, user, id, body.feedback);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/incidents/:id/ordegesprekken',
    policy: followUp.policy,
    tags,
    body: ZPlanOrdegesprekRequest,
    view: ZIncident,
    status: 201,
    act: async (user, id, body) => {
      await planOrdegesprek(ctx, user, id, body);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/ordegesprekken/:id/outcome',
    policy: followUp.policy,
    tags,
    body: ZOrdegesprekOutcomeRequest,
    view: ZIncident,
    act: (user, id, body) => recordOrdegesprekOutcome(ctx, user, id, body),
    show: (user, id) => getIncident(ctx, user, id),
  });

  // Arbowet art. 9.
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/incidents/:id/inspectorate',
    policy: followUp.policy,
    tags,
    body: ZInspectorateRequest,
    view: ZIncident,
    act: async (user, id, body) => {
      await recordInspectorateReport(ctx, user, id, body.reportedOn);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  app.get(
    '/api/v1/incidents/arbo-register',
    { config: followUp, schema: { tags, response: { 200: z.object({ incidents: z.array(ZArboRegisterItem) }) } } },
    async (request) => ({ incidents: await arboRegister(ctx, currentUser(request.user)) }),
  );

  // Resolving an alarm offers to start the report, its facts prefilled with the alarm's timeline.
  app.post(
    '/api/v1/alarms/:id/incident',
    {
      config: { policy: alarmPolicy.raise },
      schema: { tags, params: uuidParam, response: { 201: z.object({ id: z.string() }) } },
    },
    async (request, reply) =>
      reply.code(201).send({ id: await draftFromAlarm(ctx, currentUser(request.user), request.params.id) }),
  );

  // The report a closed handling left behind, for "Melding afmaken" on the handling screen.
  app.get(
    '/api/v1/handlings/:id/incident',
    {
      config: { policy: handlingPolicy.view },
      schema: {
        tags,
        params: uuidParam,
        response: {
          200: z.object({
            incident: z.object({ id: z.string(), status: z.enum(['draft', 'submitted']) }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const user = currentUser(request.user);
      await getHandling(ctx, user, request.params.id);
      return { incident: await incidentOfHandling(ctx, user, request.params.id) };
    },
  );
}
