import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { coachingPlanPolicy } from './policy.js';
import { ZMyItems, ZPlan, ZPlanList, ZPlanOptions, ZReplanRequest, ZStartPlanRequest, ZTickRequest } from './schema.js';
import { getPlan, listPlans, myItems, planOptions, replanItem, startPlan, tickItem } from './service.js';

/** The 90-day plan per team (seed 000): start from the template, progress, tick items, re-plan. */
export function coachingPlanRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['coaching-plans'];
  app.get(
    '/api/v1/coaching-plans',
    { config: { policy: coachingPlanPolicy.read }, schema: { tags, response: { 200: ZPlanList } } },
    async (request) => ({ plans: await listPlans(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/coaching-plans/options',
    { config: { policy: coachingPlanPolicy.start }, schema: { tags, response: { 200: ZPlanOptions } } },
    (request) => planOptions(ctx, currentUser(request.user)),
  );
  app.post(
    '/api/v1/coaching-plans',
    {
      config: { policy: coachingPlanPolicy.start },
      schema: { tags, body: ZStartPlanRequest, response: { 201: ZPlan } },
    },
    async (request, reply) => {
      const user = currentUser(request.user);
      const id = await startPlan(ctx, user, request.body);
      return reply.code(201).send(await getPlan(ctx, user, id));
    },
  );
  app.get(
    '/api/v1/coaching-plans/items/mine',
    { config: { policy: coachingPlanPolicy.work }, schema: { tags, response: { 200: ZMyItems } } },
    async (request) => ({ items: await myItems(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/coaching-plans/:id',
    { config: { policy: coachingPlanPolicy.read }, schema: { tags, params: uuidParam, response: { 200: ZPlan } } },
    (request) => getPlan(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    '/api/v1/coaching-plans/items/:id/done',
    {
      config: { policy: coachingPlanPolicy.work },
      schema: { tags, params: uuidParam, body: ZTickRequest, response: { 200: ZMyItems } },
    },
    async (request) => {
      const user = currentUser(request.user);
      await tickItem(ctx, user, request.params.id, request.body);
      return { items: await myItems(ctx, user) };
    },
  );
  app.post(
    '/api/v1/coaching-plans/items/:id/replan',
    {
      config: { policy: coachingPlanPolicy.work },
      schema: { tags, params: uuidParam, body: ZReplanRequest, response: { 200: ZMyItems } },
    },
    async (request) => {
      const user = currentUser(request.user);
      await replanItem(ctx, user, request.params.id, request.body);
      return { items: await myItems(ctx, user) };
    },
  );
}
