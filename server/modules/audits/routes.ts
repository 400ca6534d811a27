import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { periodQuery } from '../../http/period.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { auditPolicy } from './policy.js';
import {
  ZAudit,
  ZAuditList,
  ZAuditOptions,
  ZAuditResults,
  ZFinishAuditRequest,
  ZSampleParams,
  ZScoreRequest,
  ZStartAuditRequest,
} from './schema.js';
import { auditOptions, finishAudit, getAudit, listAudits, resultsFor, scoreSample, startAudit } from './service.js';

/** The audit form (auditformulier): a stored random sample of a department's reports, scored on a checklist. */
export function reportAuditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['audits'];
  const manage = { policy: auditPolicy.manage };
  app.get(
    '/api/v1/audits',
    { config: { policy: auditPolicy.read }, schema: { tags, response: { 200: ZAuditList } } },
    async () => ({ audits: await listAudits(ctx) }),
  );
  app.get('/api/v1/audits/options', { config: manage, schema: { tags, response: { 200: ZAuditOptions } } }, () =>
    auditOptions(ctx),
  );
  app.get(
    '/api/v1/audits/results',
    {
      config: { policy: auditPolicy.results },
      schema: { tags, querystring: z.strictObject(periodQuery), response: { 200: ZAuditResults } },
    },
    (request) => resultsFor(ctx, currentUser(request.user), request.query),
  );
  app.post(
    '/api/v1/audits',
    { config: manage, schema: { tags, body: ZStartAuditRequest, response: { 201: ZAudit } } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await startAudit(ctx, user, request.body);
      return reply.code(201).send(await getAudit(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/audits/:id',
    { config: { policy: auditPolicy.read }, schema: { tags, params: uuidParam, response: { 200: ZAudit } } },
    (request) => getAudit(ctx, currentUser(request.user), request.params.id),
  );
  app.put(
    '/api/v1/audits/:id/samples/:incidentId',
    { config: manage, schema: { tags, params: ZSampleParams, body: ZScoreRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await scoreSample(ctx, currentUser(request.user), request.params.id, request.params.incidentId, request.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/v1/audits/:id/finish',
    { config: manage, schema: { tags, params: uuidParam, body: ZFinishAuditRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await finishAudit(ctx, currentUser(request.user), request.params.id, request.body.conclusion);
      return reply.code(204).send(null);
    },
  );
}
