import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { requestLanguage } from '../../http/problem.js';
import { uuidParam } from '../../http/schemas.js';
import { elearningRoutes } from './elearning/routes.js';
import { trainingPolicy } from './policy.js';
import {
  certificateFor,
  evidenceCsv,
  myRequirements,
  requirementList,
  saveRequirements,
  teamRequirements,
} from './records.js';
import { ZRequirement } from './requirements.js';
import {
  ZAnswerRequest,
  ZAttempt,
  ZCustomScenario,
  ZMemberRequirement,
  ZPreviewResponse,
  ZSaveRequirementsRequest,
  ZSaveScenarioRequest,
  ZScenarioSummary,
  ZStartAttemptRequest,
  ZTestPlayRequest,
} from './schema.js';
import {
  answer,
  createScenario,
  customScenario,
  customScenarios,
  getAttempt,
  previewScenario,
  publishScenario,
  saveScenario,
  scenarioList,
  startAttempt,
  testPlay,
} from './service.js';
import { sessionRoutes } from './sessions/routes.js';

export function trainingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['training'];
  const practise = { policy: trainingPolicy.practise };
  const author = { policy: trainingPolicy.author };
  elearningRoutes(app, ctx);
  sessionRoutes(app, ctx);

  app.get(
    '/api/v1/training/scenarios',
    { config: practise, schema: { tags, response: { 200: z.object({ scenarios: z.array(ZScenarioSummary) }) } } },
    async (request) => ({ scenarios: await scenarioList(ctx, currentUser(request.user)) }),
  );
  app.post(
    '/api/v1/training/attempts',
    { config: practise, schema: { tags, body: ZStartAttemptRequest, response: { 201: ZAttempt } } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await startAttempt(ctx, user, request.body.scenarioId);
      return reply.code(201).send(await getAttempt(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/training/attempts/:id',
    { config: practise, schema: { tags, params: uuidParam, response: { 200: ZAttempt } } },
    (request) => getAttempt(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    '/api/v1/training/attempts/:id/answers',
    { config: practise, schema: { tags, params: uuidParam, body: ZAnswerRequest, response: { 200: ZAttempt } } },
    (request) => answer(ctx, currentUser(request.user), request.params.id, request.body),
  );

  app.get(
    '/api/v1/training/authoring/scenarios',
    { config: author, schema: { tags, response: { 200: z.object({ scenarios: z.array(ZCustomScenario) }) } } },
    async (request) => ({ scenarios: await customScenarios(ctx, requestLanguage(request)) }),
  );
  app.post(
    '/api/v1/training/authoring/scenarios',
    { config: author, schema: { tags, body: ZSaveScenarioRequest, response: { 201: ZCustomScenario } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createScenario(ctx, currentUser(request.user), request.body.content, requestLanguage(request))),
  );
  app.get(
    '/api/v1/training/authoring/scenarios/:id',
    { config: author, schema: { tags, params: uuidParam, response: { 200: ZCustomScenario } } },
    (request) => customScenario(ctx, request.params.id, requestLanguage(request)),
  );
  app.put(
    '/api/v1/training/authoring/scenarios/:id',
    {
      config: author,
      schema: { tags, params: uuidParam, body: ZSaveScenarioRequest, response: { 200: ZCustomScenario } },
    },
    (request) =>
      saveScenario(ctx, currentUser(request.user), request.params.id, request.body.content, requestLanguage(request)),
  );
  app.post(
    '/api/v1/training/authoring/scenarios/:id/publish',
    { config: author, schema: { tags, params: uuidParam, response: { 200: ZCustomScenario } } },
    (request) => publishScenario(ctx, currentUser(request.user), request.params.id, requestLanguage(request)),
  );
  app.post(
    '/api/v1/training/authoring/preview',
    { config: author, schema: { tags, body: ZSaveScenarioRequest, response: { 200: ZPreviewResponse } } },
    (request) => previewScenario(ctx, request.body.content, requestLanguage(request)),
  );

  app.post(
    '/api/v1/training/authoring/test-play',
    { config: author, schema: { tags, body: ZTestPlayRequest, response: { 200: ZAttempt } } },
    (request) => testPlay(ctx, request.body.content, request.body.answers),
  );

  const requirementsResponse = z.object({ requirements: z.array(ZRequirement) });
  const statesResponse = z.object({ requirements: z.array(ZMemberRequirement) });
  app.get(
    '/api/v1/training/requirements',
    { config: practise, schema: { tags, response: { 200: requirementsResponse } } },
    async () => ({ requirements: await requirementList(ctx) }),
  );
  app.put(
    '/api/v1/training/requirements',
    {
      config: { policy: trainingPolicy.plan },
      schema: { tags, body: ZSaveRequirementsRequest, response: { 200: requirementsResponse } },
    },
    async (request) => ({
      requirements: await saveRequirements(ctx, currentUser(request.user), request.body.requirements),
    }),
  );
  app.get(
    '/api/v1/training/requirements/mine',
    { config: practise, schema: { tags, response: { 200: statesResponse } } },
    async (request) => ({ requirements: await myRequirements(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/training/requirements/team',
    { config: { policy: trainingPolicy.team }, schema: { tags, response: { 200: statesResponse } } },
    async (request) => ({ requirements: await teamRequirements(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/training/evidence.csv',
    { config: { policy: trainingPolicy.records }, schema: { tags } },
    async (request, reply) => {
      const csv = await evidenceCsv(ctx, currentUser(request.user));
      const date = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="rie-training-${date}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
  app.get(
    '/api/v1/training/requirements/mine/:requirementId/certificate',
    {
      config: practise,
      schema: { tags, params: z.strictObject({ requirementId: z.string().regex(/^[a-z0-9_-]{1,40}$/) }) },
    },
    async (request, reply) => {
      const language = requestLanguage(request);
      const pdf = await certificateFor(ctx, currentUser(request.user), request.params.requirementId, language);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${language === 'en' ? 'certificate' : 'certificaat'}-${request.params.requirementId}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
