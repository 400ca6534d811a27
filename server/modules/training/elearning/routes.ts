import { z } from 'zod';
import type { AppContext, ZodApp } from '../../../app-context.js';
import { currentUser } from '../../../http/policy.js';
import { trainingPolicy } from '../policy.js';
import { ZModule, ZModuleSummary, ZQuizResult, ZSubmitQuizRequest } from './schema.js';
import { moduleList, moduleView, submitQuiz } from './service.js';

const moduleParam = z.strictObject({ moduleId: z.string().regex(/^[a-z0-9_-]{1,60}$/) });

export function elearningRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['training'];
  const config = { policy: trainingPolicy.practise };
  app.get(
    '/api/v1/training/modules',
    { config, schema: { tags, response: { 200: z.object({ modules: z.array(ZModuleSummary) }) } } },
    async (request) => ({ modules: await moduleList(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/training/modules/:moduleId',
    { config, schema: { tags, params: moduleParam, response: { 200: ZModule } } },
    (request) => moduleView(ctx, currentUser(request.user), request.params.moduleId),
  );
  app.post(
    '/api/v1/training/modules/:moduleId/quiz',
    { config, schema: { tags, params: moduleParam, body: ZSubmitQuizRequest, response: { 200: ZQuizResult } } },
    (request) => submitQuiz(ctx, currentUser(request.user), request.params.moduleId, request.body.answers),
  );
}
