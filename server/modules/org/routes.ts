import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { orgPolicy } from './policy.js';
import {
  ZCreateDepartmentRequest,
  ZCreateOfficeRequest,
  ZCreateTeamRequest,
  ZDepartment,
  ZOffice,
  ZOrgStructure,
  ZTeam,
  ZUpdateDepartmentRequest,
  ZUpdateOfficeRequest,
  ZUpdateOrganisationRequest,
  ZUpdateTeamRequest,
} from './schema.js';
import {
  createDepartment,
  createOffice,
  createTeam,
  getStructure,
  updateDepartment,
  updateOffice,
  updateOrganisation,
  updateTeam,
} from './service.js';

export function orgRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['organisation'];
  const manage = { policy: orgPolicy.manage };

  app.get(
    '/api/v1/org',
    { config: { policy: orgPolicy.read }, schema: { tags, response: { 200: ZOrgStructure } } },
    () => getStructure(ctx),
  );

  app.patch(
    '/api/v1/org',
    { config: manage, schema: { tags, body: ZUpdateOrganisationRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await updateOrganisation(ctx, currentUser(request.user), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/org/offices',
    { config: manage, schema: { tags, body: ZCreateOfficeRequest, response: { 201: ZOffice } } },
    async (request, reply) => reply.code(201).send(await createOffice(ctx, currentUser(request.user), request.body)),
  );
  app.patch(
    '/api/v1/org/offices/:id',
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateOfficeRequest, response: { 200: ZOffice } } },
    async (request) => updateOffice(ctx, currentUser(request.user), request.params.id, request.body),
  );

  app.post(
    '/api/v1/org/departments',
    { config: manage, schema: { tags, body: ZCreateDepartmentRequest, response: { 201: ZDepartment } } },
    async (request, reply) =>
      reply.code(201).send(await createDepartment(ctx, currentUser(request.user), request.body)),
  );
  app.patch(
    '/api/v1/org/departments/:id',
    {
      config: manage,
      schema: { tags, params: uuidParam, body: ZUpdateDepartmentRequest, response: { 200: ZDepartment } },
    },
    async (request) => updateDepartment(ctx, currentUser(request.user), request.params.id, request.body),
  );

  app.post(
    '/api/v1/org/teams',
    { config: manage, schema: { tags, body: ZCreateTeamRequest, response: { 201: ZTeam } } },
    async (request, reply) => reply.code(201).send(await createTeam(ctx, currentUser(request.user), request.body)),
  );
  app.patch(
    '/api/v1/org/teams/:id',
    { config: manage, schema: { tags, params: uuidParam, body: ZUpdateTeamRequest, response: { 200: ZTeam } } },
    async (request) => updateTeam(ctx, currentUser(request.user), request.params.id, request.body),
  );
}
