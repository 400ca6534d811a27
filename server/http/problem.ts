import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import enLocale from 'zod/v4/locales/en.js';
import nlLocale from 'zod/v4/locales/nl.js';
import { type Language, message, type ProblemCode, pickLanguage } from './messages.js';

/** A field-level validation problem, with a message in the user's language. */
export interface FieldError {
  path: string;
  message: string;
}

/** An error that becomes an RFC 9457 problem+json response with a stable code. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(code);
  }
}

export function requestLanguage(request: FastifyRequest): Language {
  return pickLanguage(request.user?.language, request.headers['accept-language']);
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const language = requestLanguage(request);
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `about:blank#${problem.code}`,
      title: message(language, problem.code, problem.params),
      status: problem.status,
      code: problem.code,
      detail: message(language, problem.code, problem.params),
      instance: request.url.split('?')[0],
      ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
    });
}

const zodLocales = { nl: nlLocale(), en: enLocale() };

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function localisedFieldErrors(items: ValidationItem[], language: Language, context: string): FieldError[] {
  return items.map((item) => {
    const issue = { ...item.params, code: item.keyword, path: [] } as unknown as $ZodRawIssue;
    const localised = zodLocales[language].localeError(issue);
    const text = typeof localised === 'string' ? localised : (localised?.message ?? item.message ?? '');
    const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { path: path === '' ? context : `${context}.${path}`, message: text };
  });
}

/** Maps Fastify's own errors (bad JSON, too large, wrong type) and Zod validation errors to problems. */
function toProblem(error: FastifyError, language: Language): ProblemError {
  if (error instanceof ProblemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    return new ProblemError(400, 'validation_failed', {}, localisedFieldErrors(error.validation, language, context));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, 'body_too_large', { limit: BODY_LIMIT_BYTES });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError(415, 'unsupported_media_type');
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return new ProblemError(429, 'too_many_requests');
  }
  if (error.statusCode === 429) return new ProblemError(429, 'too_many_requests');
  if (error instanceof SyntaxError || error.statusCode === 400) return new ProblemError(400, 'malformed_json');
  if (error.statusCode === 413) return new ProblemError(413, 'body_too_large', { limit: BODY_LIMIT_BYTES });
  if (error.statusCode === 415) return new ProblemError(415, 'unsupported_media_type');
  if (error.statusCode === 404) return new ProblemError(404, 'not_found');
  return new ProblemError(500, 'internal_error');
}

/** Largest request body the API accepts. */
export const BODY_LIMIT_BYTES = 1_048_576;

export function installProblemHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, requestLanguage(request));
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return sendProblem(request, reply, problem);
  });
}
