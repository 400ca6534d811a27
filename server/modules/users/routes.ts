import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { usersPolicy } from './policy.js';
import {
  ZCreateUserRequest,
  ZResetPasswordRequest,
  ZUpdateProfileRequest,
  ZUpdateUserRequest,
  ZUser,
  ZUserList,
} from './schema.js';
import {
  createUser,
  getUser,
  listAllUsers,
  resetPassword,
  setUserActive,
  updateProfile,
  updateUser,
} from './service.js';

export function userRoutes(app: ZodApp, ctx: AppContext): void {
  const manage = { policy: usersPolicy.manage };
  const tags = ['users'];

  app.get('/api/v1/users', { config: manage, schema: { tags, response: { 200: ZUserList } } }, async () => ({
    users: await listAllUsers(ctx),
  }));

  app.post(
    '/api/v1/users',
    { config: manage, schema: { tags, body: ZCreateUserRequest, response: { 201: ZUser } } },
    async (request, reply) => reply.code(201).send(await createUser(ctx, currentUser(request.user), request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    { config: manage, schema: { tags, params: uuidParam, response: { 200: ZUser } } },
    async (request) => getUser(ctx, request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateUserRequest, response: { 200: ZUser } } },
    async (request) => updateUser(ctx, currentUser(request.user), request.params.id, request.body),
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    app.post(
      `/api/v1/users/:id/${action}`,
      { config: manage, schema: { tags, params: uuidParam, response: { 200: ZUser } } },
      async (request) => setUserActive(ctx, currentUser(request.user), request.params.id, active),
    );
  }

  app.post(
    '/api/v1/users/:id/reset-password',
    { config: manage, schema: { tags, params: uuidParam, body: ZResetPasswordRequest, response: { 200: ZUser } } },
    async (request) => resetPassword(ctx, currentUser(request.user), request.params.id, request.body.temporaryPassword),
  );

  app.patch(
    '/api/v1/me',
    {
      config: { policy: usersPolicy.ownProfile, allowPendingPasswordChange: true },
      schema: { tags, body: ZUpdateProfileRequest, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await updateProfile(ctx, currentUser(request.user), request.body.language);
      return reply.code(204).send(null);
    },
  );
}
