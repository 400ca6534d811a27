import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { actionOnId } from '../../http/action-route.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { ZIncident } from '../incidents/schema.js';
import { getIncident } from '../incidents/service.js';
import { measurePolicy } from './policy.js';
import {
  ZApprovalRequest,
  ZDecideMeasureRequest,
  ZMeasureForApproval,
  ZPoliceReportRequest,
  ZRejectRequest,
  ZReviewRequest,
} from './schema.js';
import {
  decideMeasure,
  judgeMeasure,
  pendingApprovals,
  recordPoliceReport,
  reviewMeasure,
  reviewsDue,
} from './service.js';

export function measureRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['measures'];

  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/incidents/:id/measures',
    policy: measurePolicy.decide,
    tags,
    body: ZDecideMeasureRequest,
    view: ZIncident,
    status: 201,
    act: async (user, id, body) => {
      await decideMeasure(ctx, user, id, body);
    },
    show: (user, id) => getIncident(ctx, user, id),
  });
  app.post(
    '/api/v1/measures/:id/review',
    {
      config: { policy: measurePolicy.decide },
      schema: { tags, params: uuidParam, body: ZReviewRequest, response: { 200: ZIncident } },
    },
    async (request) => {
      const user = currentUser(request.user);
      const incidentId = await reviewMeasure(ctx, user, request.params.id, request.body);
      return getIncident(ctx, user, incidentId as string);
    },
  );
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/measures/:id/police-report',
    policy: measurePolicy.decide,
    tags,
    body: ZPoliceReportRequest,
    view: ZIncident,
    act: (user, id, body) => recordPoliceReport(ctx, user, id, body),
    show: (user, id) => getIncident(ctx, user, id),
  });
  app.get(
    '/api/v1/measures/reviews-due',
    {
      config: { policy: measurePolicy.decide },
      schema: { tags, response: { 200: z.object({ measures: z.array(ZMeasureForApproval) }) } },
    },
    async (request) => ({ measures: await reviewsDue(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/measures/approvals',
    {
      config: { policy: measurePolicy.approve },
      schema: { tags, response: { 200: z.object({ measures: z.array(ZMeasureForApproval) }) } },
    },
    async (request) => ({ measures: await pendingApprovals(ctx, currentUser(request.user)) }),
  );
  app.post(
    '/api/v1/measures/:id/approve',
    { config: { policy: measurePolicy.approve }, schema: { tags, params: uuidParam, body: ZApprovalRequest } },
    async (request, reply) => {
      await judgeMeasure(ctx, currentUser(request.user), request.params.id, true, request.body.note);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/measures/:id/reject',
    { config: { policy: measurePolicy.approve }, schema: { tags, params: uuidParam, body: ZRejectRequest } },
    async (request, reply) => {
      await judgeMeasure(ctx, currentUser(request.user), request.params.id, false, request.body.note);
      return reply.code(204).send();
    },
  );
}
