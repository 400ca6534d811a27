import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { uuidParam } from '../../http/schemas.js';
import { recordRead } from '../audit/record-read.js';
import { addAttachment, getAttachment, removeAttachment } from './attachments.js';
import { ATTACHMENT_MAX_BYTES } from './file-types.js';
import { incidentPolicy } from './policy.js';
import { ZIncident } from './schema.js';
import { getIncident } from './service.js';

/**
 * Uploading evidence: the raw bytes as the body (application/octet-stream), the file name in `x-file-name`
 * (URL-encoded). Registered in a scope of its own, so the larger body limit and the binary parser apply here only.
 */
export function attachmentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['incidents'];
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/incidents/:id/attachments',
      {
        config: { policy: incidentPolicy.view },
        bodyLimit: ATTACHMENT_MAX_BYTES,
        schema: { tags, params: uuidParam, response: { 201: ZIncident } },
        // Refused before a byte is read when the size is announced, with the limit in the message.
        onRequest: async (request) => {
          if (Number(request.headers['content-length'] ?? 0) > ATTACHMENT_MAX_BYTES)
            throw new ProblemError(413, 'attachment_too_large', { mb: ATTACHMENT_MAX_BYTES / 1024 / 1024 });
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new ProblemError(415, 'attachment_type');
        const user = currentUser(request.user);
        let fileName = 'bijlage';
        try {
          fileName = decodeURIComponent(String(request.headers['x-file-name'] ?? 'bijlage'));
        } catch {
          throw new ProblemError(400, 'validation_failed');
        }
        await addAttachment(ctx, user, request.params.id, { fileName, bytes: request.body });
        return reply.code(201).send(await getIncident(ctx, user, request.params.id));
      },
    );
  });

  app.get(
    '/api/v1/attachments/:id',
    { config: { policy: incidentPolicy.view }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const user = currentUser(request.user);
      const file = await getAttachment(ctx, user, request.params.id);
      await recordRead(ctx, user, { entityType: 'attachment', entityId: request.params.id });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .header('x-checksum-sha256', file.sha256)
        .send(file.data);
    },
  );
  app.delete(
    '/api/v1/attachments/:id',
    { config: { policy: incidentPolicy.view }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      await removeAttachment(ctx, currentUser(request.user), request.params.id);
      return reply.code(204).send();
    },
  );
}
