import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { resultsCsv } from './csv.js';
import { startSurveyJobs } from './jobs.js';
import { surveyPolicy } from './policy.js';
import { BUILT_IN_ITEMS, QUESTIONNAIRE_VERSION, ZSurveyItem } from './questionnaire.js';
import {
  ZCampaign,
  ZCampaignSummary,
  ZCreateCampaignRequest,
  ZInvitation,
  ZQuestionnaire,
  ZResponseRequest,
  ZResults,
  ZResultsQuery,
  ZUpdateCampaignRequest,
  ZUpdateItemsRequest,
} from './schema.js';
import {
  closeCampaign,
  createCampaign,
  getCampaign,
  listCampaigns,
  myInvitations,
  openCampaign,
  questionnaireFor,
  remindCampaign,
  respond,
  resultsFor,
  updateCampaign,
  updateItems,
} from './service.js';

export function surveyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['surveys'];
  const manage = { policy: surveyPolicy.manage };
  const read = { policy: surveyPolicy.read };
  const answer = { policy: surveyPolicy.answer };
  const base = '/api/v1/surveys';

  app.get(
    `${base}/questionnaire`,
    {
      config: manage,
      schema: { tags, response: { 200: z.object({ version: z.number(), items: z.array(ZSurveyItem) }) } },
    },
    () => ({ version: QUESTIONNAIRE_VERSION, items: [...BUILT_IN_ITEMS] }),
  );
  app.get(
    `${base}/campaigns`,
    { config: read, schema: { tags, response: { 200: z.object({ campaigns: z.array(ZCampaignSummary) }) } } },
    async () => ({ campaigns: await listCampaigns(ctx) }),
  );
  app.post(
    `${base}/campaigns`,
    { config: manage, schema: { tags, body: ZCreateCampaignRequest, response: { 201: ZCampaign } } },
    async (request, reply) => {
      const id = await createCampaign(ctx, currentUser(request.user), request.body);
      return reply.code(201).send(await getCampaign(ctx, id));
    },
  );
  app.get(
    `${base}/campaigns/:id`,
    { config: read, schema: { tags, params: uuidParam, response: { 200: ZCampaign } } },
    (request) => getCampaign(ctx, request.params.id),
  );
  app.patch(
    `${base}/campaigns/:id`,
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateCampaignRequest, response: { 200: ZCampaign } } },
    async (request) => {
      await updateCampaign(ctx, currentUser(request.user), request.params.id, request.body);
      return getCampaign(ctx, request.params.id);
    },
  );
  app.put(
    `${base}/campaigns/:id/items`,
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateItemsRequest, response: { 200: ZCampaign } } },
    async (request) => {
      await updateItems(ctx, currentUser(request.user), request.params.id, request.body);
      return getCampaign(ctx, request.params.id);
    },
  );
  app.post(
    `${base}/campaigns/:id/open`,
    { config: manage, schema: { tags, params: uuidParam, response: { 200: ZCampaign } } },
    async (request) => {
      await openCampaign(ctx, currentUser(request.user), request.params.id);
      return getCampaign(ctx, request.params.id);
    },
  );
  app.post(
    `${base}/campaigns/:id/close`,
    { config: manage, schema: { tags, params: uuidParam, response: { 200: ZCampaign } } },
    async (request) => {
      await closeCampaign(ctx, currentUser(request.user), request.params.id);
      return getCampaign(ctx, request.params.id);
    },
  );
  app.post(
    `${base}/campaigns/:id/remind`,
    { config: manage, schema: { tags, params: uuidParam, response: { 200: z.object({ reminded: z.number() }) } } },
    async (request) => ({ reminded: await remindCampaign(ctx, currentUser(request.user), request.params.id) }),
  );
  app.get(
    `${base}/campaigns/:id/results`,
    { config: read, schema: { tags, params: uuidParam, querystring: ZResultsQuery, response: { 200: ZResults } } },
    (request) => resultsFor(ctx, currentUser(request.user), request.params.id, request.query),
  );
  app.get(
    `${base}/campaigns/:id/results.csv`,
    { config: read, schema: { tags, params: uuidParam, querystring: ZResultsQuery } },
    async (request, reply) => {
      const results = await resultsFor(ctx, currentUser(request.user), request.params.id, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vragenlijst-resultaten.csv"')
        .header('cache-control', 'no-store')
        .send(resultsCsv(results));
    },
  );
  app.get(
    `${base}/invitations`,
    { config: answer, schema: { tags, response: { 200: z.object({ invitations: z.array(ZInvitation) }) } } },
    async (request) => ({ invitations: await myInvitations(ctx, currentUser(request.user)) }),
  );
  app.get(
    `${base}/invitations/:id`,
    { config: answer, schema: { tags, params: uuidParam, response: { 200: ZQuestionnaire } } },
    (request) => questionnaireFor(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    `${base}/invitations/:id/response`,
    { config: answer, schema: { tags, params: uuidParam, body: ZResponseRequest } },
    async (request, reply) => {
      await respond(ctx, currentUser(request.user), request.params.id, request.body);
      return reply.code(204).send();
    },
  );

  // Opening scheduled re-measurements and closing campaigns after their last day; every process may run it.
  if (ctx.config.backgroundJobs) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startSurveyJobs(ctx.db, ctx.config, (error) => app.log.error({ err: error }, 'survey job failed'));
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  }
}
