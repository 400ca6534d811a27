import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { actionOnId } from '../../http/action-route.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { confidentialPolicy } from './policy.js';
import {
  ZConfidentialFollowView,
  ZConfidentialListItem,
  ZConfidentialReceipt,
  ZConfidentialReport,
  ZConfidentialStatusRequest,
  ZConfidentialTextRequest,
  ZCreateConfidentialReportRequest,
  ZFollowMessageRequest,
  ZFollowRequest,
} from './schema.js';
import {
  addConfidentialNote,
  confidantMessage,
  confidentialList,
  confidentialReport,
  fileConfidentialReport,
  followReport,
  reporterMessage,
  setConfidentialStatus,
} from './service.js';

/** Guessing codes is pointless (about 98 bits), but trying many is still refused early. */
const FOLLOW_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

export function confidentialRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['confidential'];
  app.post(
    '/api/v1/confidential/reports',
    {
      config: { policy: confidentialPolicy.report },
      schema: { tags, body: ZCreateConfidentialReportRequest, response: { 201: ZConfidentialReceipt } },
    },
    async (request, reply) =>
      reply.code(201).send(await fileConfidentialReport(ctx, currentUser(request.user), request.body)),
  );
  // The code travels in the body, never in the URL, so it does not end up in logs or the browser history.
  app.post(
    '/api/v1/confidential/follow',
    {
      config: { policy: confidentialPolicy.follow, rateLimit: FOLLOW_RATE_LIMIT },
      schema: { tags, body: ZFollowRequest, response: { 200: ZConfidentialFollowView } },
    },
    (request) => followReport(ctx, request.body.code),
  );
  app.post(
    '/api/v1/confidential/follow/messages',
    {
      config: { policy: confidentialPolicy.follow, rateLimit: FOLLOW_RATE_LIMIT },
      schema: { tags, body: ZFollowMessageRequest, response: { 200: ZConfidentialFollowView } },
    },
    (request) => reporterMessage(ctx, request.body.code, request.body.body),
  );
  app.get(
    '/api/v1/confidential/reports',
    {
      config: { policy: confidentialPolicy.counsel },
      schema: { tags, response: { 200: z.object({ reports: z.array(ZConfidentialListItem) }) } },
    },
    async () => ({ reports: await confidentialList(ctx) }),
  );
  app.get(
    '/api/v1/confidential/reports/:id',
    {
      config: { policy: confidentialPolicy.counsel },
      schema: { tags, params: uuidParam, response: { 200: ZConfidentialReport } },
    },
    (request) => confidentialReport(ctx, currentUser(request.user), request.params.id),
  );
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/confidential/reports/:id/status',
    policy: confidentialPolicy.counsel,
    tags,
    body: ZConfidentialStatusRequest,
    view: ZConfidentialReport,
    act: async (user, id, body) => {
      await setConfidentialStatus(ctx, user, id, body.status);
    },
    show: (user, id) => confidentialReport(ctx, user, id),
  });
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/confidential/reports/:id/notes',
    policy: confidentialPolicy.counsel,
    tags,
    body: ZConfidentialTextRequest,
    view: ZConfidentialReport,
    status: 201,
    act: async (user, id, body) => {
      await addConfidentialNote(ctx, user, id, body.body);
    },
    show: (user, id) => confidentialReport(ctx, user, id),
  });
  actionOnId(app, {
    method: 'POST',
    url: '/api/v1/confidential/reports/:id/messages',
    policy: confidentialPolicy.counsel,
    tags,
    body: ZConfidentialTextRequest,
    view: ZConfidentialReport,
    status: 201,
    act: async (user, id, body) => {
      await confidantMessage(ctx, user, id, body.body);
    },
    show: (user, id) => confidentialReport(ctx, user, id),
  });
}
