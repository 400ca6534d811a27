import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { requestLanguage } from '../../http/problem.js';
import { protocolPolicy } from './policy.js';
import { ZDraft, ZProtocolVersion, ZSaveDraftRequest, ZVersionList, ZVersionParam } from './schema.js';
import {
  currentProtocol,
  discardDraft,
  getDraft,
  protocolVersion,
  publishDraft,
  saveDraft,
  versionList,
} from './service.js';

export function protocolRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['protocol'];
  const read = { policy: protocolPolicy.read };
  const edit = { policy: protocolPolicy.edit };

  app.get('/api/v1/protocol', { config: read, schema: { tags, response: { 200: ZProtocolVersion } } }, () =>
    currentProtocol(ctx),
  );
  app.get('/api/v1/protocol/versions', { config: read, schema: { tags, response: { 200: ZVersionList } } }, () =>
    versionList(ctx),
  );
  app.get(
    '/api/v1/protocol/versions/:version',
    { config: read, schema: { tags, params: ZVersionParam, response: { 200: ZProtocolVersion } } },
    (request) => protocolVersion(ctx, request.params.version),
  );

  app.get(
    '/api/v1/protocol/draft',
    { config: edit, schema: { tags, response: { 200: z.object({ draft: ZDraft.nullable() }) } } },
    async (request) => ({ draft: await getDraft(ctx, requestLanguage(request)) }),
  );
  app.put(
    '/api/v1/protocol/draft',
    { config: edit, schema: { tags, body: ZSaveDraftRequest, response: { 200: ZDraft } } },
    (request) => saveDraft(ctx, currentUser(request.user), request.body.content, requestLanguage(request)),
  );
  app.delete('/api/v1/protocol/draft', { config: edit, schema: { tags } }, async (request, reply) => {
    await discardDraft(ctx, currentUser(request.user));
    return reply.code(204).send();
  });
  app.post(
    '/api/v1/protocol/draft/publish',
    { config: edit, schema: { tags, response: { 200: ZProtocolVersion } } },
    (request) => publishDraft(ctx, currentUser(request.user), requestLanguage(request)),
  );
}
