import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { requestLanguage } from '../../http/problem.js';
import { uuidParam } from '../../http/schemas.js';
import { SYSTEM_ACTOR } from '../audit/record.js';
import { exportPdf } from './pdf.js';
import { privacyPolicy } from './policy.js';
import { startRetentionJob } from './retention.js';
import { retentionOverview, retentionRun, startRun, updateRetentionSettings } from './retention-service.js';
import {
  ZClosePrivacyRequest,
  ZCreatePrivacyRequest,
  ZPrivacyRequest,
  ZRetentionOverview,
  ZRetentionRun,
  ZRetentionSettings,
  ZSubject,
  ZSubjectQuery,
  ZUpdateRetentionSettings,
} from './schema.js';
import {
  closeRequest,
  createRequest,
  eraseForRequest,
  exportConfidentialForReport,
  exportForRequest,
  findSubjects,
  getRequest,
  listRequests,
} from './service.js';

export function privacyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['privacy'];
  const requests = { policy: privacyPolicy.requests };
  const retention = { policy: privacyPolicy.retention };

  app.get(
    '/api/v1/privacy/requests',
    { config: requests, schema: { tags, response: { 200: z.object({ requests: z.array(ZPrivacyRequest) }) } } },
    async () => ({ requests: await listRequests(ctx) }),
  );
  app.post(
    '/api/v1/privacy/requests',
    { config: requests, schema: { tags, body: ZCreatePrivacyRequest, response: { 201: ZPrivacyRequest } } },
    async (request, reply) => reply.code(201).send(await createRequest(ctx, currentUser(request.user), request.body)),
  );
  app.get(
    '/api/v1/privacy/requests/:id',
    { config: requests, schema: { tags, params: uuidParam, response: { 200: ZPrivacyRequest } } },
    (request) => getRequest(ctx, request.params.id),
  );
  app.get(
    '/api/v1/privacy/requests/:id/export.json',
    { config: requests, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const data = await exportForRequest(ctx, currentUser(request.user), request.params.id, 'json');
      return reply
        .type('application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="regie-privacy-${data.subject.type}-${data.subject.id}.json"`,
        )
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );
  app.get(
    '/api/v1/privacy/requests/:id/export.pdf',
    { config: requests, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const data = await exportForRequest(ctx, currentUser(request.user), request.params.id, 'pdf');
      const pdf = await exportPdf(data, requestLanguage(request));
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="regie-privacy-${data.subject.type}-${data.subject.id}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  app.get(
    '/api/v1/privacy/confidential-reports/:id/reporter-export.json',
    { config: { policy: privacyPolicy.confidentialPart }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const data = await exportConfidentialForReport(ctx, currentUser(request.user), request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="regie-privacy-vertrouwelijk-${data.subject.id}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );
  app.post(
    '/api/v1/privacy/requests/:id/erase',
    { config: requests, schema: { tags, params: uuidParam, response: { 200: ZPrivacyRequest } } },
    (request) => eraseForRequest(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    '/api/v1/privacy/requests/:id/close',
    {
      config: requests,
      schema: { tags, params: uuidParam, body: ZClosePrivacyRequest, response: { 200: ZPrivacyRequest } },
    },
    (request) => closeRequest(ctx, currentUser(request.user), request.params.id, request.body),
  );
  app.get(
    '/api/v1/privacy/subjects',
    {
      config: requests,
      schema: { tags, querystring: ZSubjectQuery, response: { 200: z.object({ subjects: z.array(ZSubject) }) } },
    },
    async (request) => ({ subjects: await findSubjects(ctx, request.query.type, request.query.q) }),
  );

  app.get('/api/v1/retention', { config: retention, schema: { tags, response: { 200: ZRetentionOverview } } }, () =>
    retentionOverview(ctx),
  );
  app.put(
    '/api/v1/retention',
    { config: retention, schema: { tags, body: ZUpdateRetentionSettings, response: { 200: ZRetentionSettings } } },
    (request) => updateRetentionSettings(ctx, currentUser(request.user), request.body),
  );
  app.post(
    '/api/v1/retention/runs',
    { config: retention, schema: { tags, response: { 201: ZRetentionRun } } },
    async (request, reply) => reply.code(201).send(await startRun(ctx, currentUser(request.user))),
  );
  app.get(
    '/api/v1/retention/runs/:id',
    { config: retention, schema: { tags, params: uuidParam, response: { 200: ZRetentionRun } } },
    (request) => retentionRun(ctx, request.params.id),
  );

  // Every process looks each hour; the run row per Dutch day makes sure only one of them does the work.
  if (ctx.config.backgroundJobs) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startRetentionJob(ctx.db, { ...SYSTEM_ACTOR, label: 'retention' }, (error) =>
        app.log.error({ err: error }, 'retention run failed'),
      );
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  }
}
