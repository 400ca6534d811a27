import type { FastifyInstance, FastifySchema } from 'fastify';
import type { z } from 'zod';
import type { ZodApp } from '../app-context.js';
import { currentUser, type Policy, type SessionUser } from './policy.js';
import { uuidParam } from './schemas.js';

/**
 * A change to one record named by `:id` that answers with what the screen shows next. Most follow-up screens work
 * this way (save the debrief, answer the case; review a measure, answer its incident), so the steps live here once:
 * the policy and schemas, the current user, the write, then the view. `act` returns the id of the record to show
 * when that is not the one in the URL (a measure's review shows its incident).
 */
export interface ActionOnId<B extends z.ZodType, V extends z.ZodType> {
  method: 'POST' | 'PUT' | 'PATCH';
  url: `${string}/:id${string}`;
  policy: Policy;
  tags: string[];
  body?: B;
  view: V;
  /** 201 when the action adds something (a note, a conversation); 200 otherwise. */
  status?: 200 | 201;
  // biome-ignore lint/suspicious/noConfusingVoidType: most actions are `async` functions that return nothing; the few that return a string give the id of what they added
  act: (user: SessionUser, id: string, body: z.infer<B>) => Promise<string | undefined | void>;
  show: (user: SessionUser, id: string) => Promise<z.infer<V>>;
}

export function actionOnId<B extends z.ZodType, V extends z.ZodType>(app: ZodApp, spec: ActionOnId<B, V>): void {
  const status = spec.status ?? 200;
  const schema: FastifySchema = {
    tags: spec.tags,
    params: uuidParam,
    ...(spec.body ? { body: spec.body } : {}),
    response: { [status]: spec.view },
  };
  // Registered without the type provider's inference: the schemas still validate and serialise every request, and
  // `act` and `show` are typed by the spec above.
  (app as unknown as FastifyInstance).route({
    method: spec.method,
    url: spec.url,
    config: { policy: spec.policy },
    schema,
    handler: async (request, reply) => {
      const user = currentUser(request.user);
      const { id } = request.params as z.infer<typeof uuidParam>;
      const shown = (await spec.act(user, id, request.body as z.infer<B>)) ?? id;
      return reply.code(status).send(await spec.show(user, shown));
    },
  });
}
