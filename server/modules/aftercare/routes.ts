import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { actionOnId } from '../../http/action-route.js';
import { periodOf, periodQuery } from '../../http/period.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { incidentAftercare, recordAbsence, saveDebrief, saveEvaluation } from './case.js';
import { aftercareFigures } from './figures.js';
import { aftercarePolicy } from './policy.js';
import { currentProtocolVersion, decideProposal, listProposals } from './proposals.js';
import { hrReferrals, markReferralHandled } from './referrals.js';
import {
  ZAbsenceRequest,
  ZAftercareSettings,
  ZAnswerRequest,
  ZAskConversationRequest,
  ZCheckin,
  ZConversationRequest,
  ZDebriefRequest,
  ZEvaluationRequest,
  ZIncidentAftercare,
  ZProposal,
  ZProposalDecisionRequest,
  ZReferral,
  ZUpdateSettingsRequest,
} from './schema.js';
import { answerCheckin, askConversation, caretakerQueue, myCheckins, recordConversation } from './service.js';
import { aftercareSchedule, updateAftercareSchedule } from './settings.js';

export function aftercareRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['aftercare'];
  const checkins = z.object({ checkins: z.array(ZCheckin) });

  // The person's own side: their check-ins, answering one, asking for a conversation.
  app.get(
    '/api/v1/aftercare/mine',
    { config: { policy: aftercarePolicy.own }, schema: { tags, response: { 200: checkins } } },
    async (request) => ({ checkins: await myCheckins(ctx, currentUser(request.user)) }),
  );
  app.post(
    '/api/v1/aftercare/checkins/:id/answer',
    {
      config: { policy: aftercarePolicy.own },
      schema: { tags, params: uuidParam, body: ZAnswerRequest, response: { 200: ZCheckin } },
    },
    async (request) => answerCheckin(ctx, currentUser(request.user), request.params.id, request.body),
  );
  app.post(
    '/api/v1/aftercare/conversation-requests',
    {
      config: { policy: aftercarePolicy.own },
      schema: { tags, body: ZAskConversationRequest, response: { 201: ZCheckin } },
    },
    async (request, reply) => reply.code(201).send(await askConversation(ctx, currentUser(request.user), request.body)),
  );

  // The caretaker's side: the queue, the case's panel, conversations, absence, debrief, evaluation.
  app.get(
    '/api/v1/aftercare/queue',
    { config: { policy: aftercarePolicy.caretaker }, schema: { tags, response: { 200: checkins } } },
    async (request) => ({ checkins: await caretakerQueue(ctx, currentUser(request.user)) }),
  );
  app.get(
    '/api/v1/incidents/:id/aftercare',
    {
      config: { policy: aftercarePolicy.caretaker },
      schema: { tags, params: uuidParam, response: { 200: ZIncidentAftercare } },
    },
    async (request) => incidentAftercare(ctx, currentUser(request.user), request.params.id),
  );
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/aftercare/checkins/:id/conversation',
    policy: aftercarePolicy.caretaker,
    tags,
    body: ZConversationRequest,
    view: ZIncidentAftercare,
    act: (user, id, body) => recordConversation(ctx, user, id, body),
    show: (user, id) => incidentAftercare(ctx, user, id),
  });
  app.post(
    '/api/v1/incidents/:id/absences',
    { config: { policy: aftercarePolicy.absence }, schema: { tags, params: uuidParam, body: ZAbsenceRequest } },
    async (request, reply) => {
      await recordAbsence(ctx, currentUser(request.user), request.params.id, request.body);
      return reply.code(204).send();
    },
  );
  actionOnId(app, {
    method: 'PUT',
    url: '/api/v1/incidents/:id/debrief',
    policy: aftercarePolicy.caretaker,
    tags,
    body: ZDebriefRequest,
    view: ZIncidentAftercare,
    act: async (user, id, body) => {
      await saveDebrief(ctx, user, id, body);
    },
    show: (user, id) => incidentAftercare(ctx, user, id),
  });
  actionOnId(app, {
    method: 'PUT',
    url: '/api/v1/incidents/:id/evaluation',
    policy: aftercarePolicy.caretaker,
    tags,
    body: ZEvaluationRequest,
    view: ZIncidentAftercare,
    act: async (user, id, body) => {
      await saveEvaluation(ctx, user, id, body);
    },
    show: (user, id) => incidentAftercare(ctx, user, id),
  });

  // HR: the referrals employees asked for.
  app.get(
    '/api/v1/aftercare/referrals',
    {
      config: { policy: aftercarePolicy.referrals },
      schema: { tags, response: { 200: z.object({ referrals: z.array(ZReferral) }) } },
    },
    async (request) => ({ referrals: await hrReferrals(ctx, currentUser(request.user)) }),
  );
  app.post(
    '/api/v1/aftercare/checkins/:id/referral-handled',
    { config: { policy: aftercarePolicy.referrals }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      await markReferralHandled(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );

  // The safety officer: protocol proposals from evaluations.
  app.get(
    '/api/v1/aftercare/proposals',
    {
      config: { policy: aftercarePolicy.proposals },
      schema: {
        tags,
        response: { 200: z.object({ proposals: z.array(ZProposal), currentVersion: z.number().nullable() }) },
      },
    },
    async () => ({ proposals: await listProposals(ctx), currentVersion: await currentProtocolVersion(ctx) }),
  );
  app.post(
    '/api/v1/aftercare/proposals/:id/status',
    {
      config: { policy: aftercarePolicy.proposals },
      schema: { tags, params: uuidParam, body: ZProposalDecisionRequest, response: { 200: ZProposal } },
    },
    async (request) => decideProposal(ctx, currentUser(request.user), request.params.id, request.body),
  );

  // The schedule: set by the safety officer or the admin.
  app.get(
    '/api/v1/aftercare/settings',
    { config: { policy: aftercarePolicy.readSettings }, schema: { tags, response: { 200: ZAftercareSettings } } },
    async () => aftercareSchedule(ctx.db),
  );
  app.put(
    '/api/v1/aftercare/settings',
    {
      config: { policy: aftercarePolicy.settings },
      schema: { tags, body: ZUpdateSettingsRequest, response: { 200: ZAftercareSettings } },
    },
    async (request) => updateAftercareSchedule(ctx, currentUser(request.user), request.body),
  );

  // Figures without names, for dashboards (director, safety officer, HR).
  app.get(
    '/api/v1/aftercare/figures',
    {
      config: { policy: aftercarePolicy.figures },
      schema: { tags, querystring: z.strictObject(periodQuery) },
    },
    async (request) => {
      const period = periodOf(request.query, 91, 732);
      return { from: period.from, to: period.to, departments: await aftercareFigures(ctx.db, period) };
    },
  );
}
