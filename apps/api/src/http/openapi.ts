import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBodyDto } from './error.dto';
import { ERROR_STATUS } from './error.filter';

type Operation = OpenAPIObject['paths'][string]['get'] & object;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const ERROR_REF = { $ref: '#/components/schemas/ErrorBodyDto' };
const ERROR_MEANING: Record<number, string> = {
  400: 'Bad input: details.fields names every bad field and why',
  401: 'No token, or an unknown, revoked or expired one',
  403: 'Your roles lack the permission, or you act for the wrong side',
  404: 'Not found in your scope',
  409: 'Not allowed in the current state: details name the state and the allowed actions',
  413: 'The body is larger than 256 kB',
  415: 'The body is not application/json',
  429: 'Too many requests; wait a little and retry',
  503: 'Postgres or Temporal is unavailable; retry later',
};

/**
 * The error statuses an operation can answer, by what it is: every request can be malformed (400) and meet an
 * outage (503); a guarded one can be refused (401, 403, 429); a path id can be unknown (404); a write can meet a
 * state (409); a body can be too large or not JSON (413, 415).
 */
function errorStatuses(path: string, method: string, op: Operation): number[] {
  const guarded = !(op as Record<string, unknown>)['x-public'];
  return [
    400,
    ...(guarded ? [401, 403, 429] : []),
    ...(path.includes('{') ? [404] : []),
    ...(method !== 'get' ? [409] : []),
    ...(op.requestBody ? [413, 415] : []),
    503,
  ];
}

/** Adds the shared error body to every operation under the statuses it can answer (kept where one is declared). */
function describeErrors(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const status of errorStatuses(path, method, op)) {
        op.responses[status] ??= {
          description: ERROR_MEANING[status],
          content: { 'application/json': { schema: ERROR_REF } },
        };
      }
    }
  }
  // details carries more keys than the ones described (per code); the rest of the body is closed.
  const details = document.components?.schemas?.ErrorDetailsDto as Record<string, unknown> | undefined;
  if (details) details.additionalProperties = true;
}

/** The OpenAPI document of the API (served at /docs-json, checked in as docs/openapi.json). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('huijian 互检 API')
    .setDescription(
      'Joint inspections (互检) and rectification items (整改项): organisation, ledgers, actions. ' +
        'Errors: one body `{ error: { code, message, details?, requestId } }`; codes and statuses: ' +
        Object.entries(ERROR_STATUS)
          .map(([code, status]) => `${code} ${status}`)
          .join(', ') +
        '. Times are ISO 8601 UTC; dates (deadlines) are local YYYY-MM-DD; lists are { items, total?, nextCursor? }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorBodyDto] });
  describeErrors(document);
  return document;
}

/** Operations without a schema for their success answer ("METHOD /path"): the contract test refuses any. */
export function undescribedOperations(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).flatMap((method) => {
      const responses = Object.entries((item[method] as Operation).responses);
      const ok = responses.filter(([status]) => /^2\d\d$/.test(status));
      const described = ok.some(
        ([status, r]) =>
          status === '204' ||
          Object.values((r as { content?: Record<string, { schema?: unknown }> }).content ?? {}).some((c) => c.schema),
      );
      return described ? [] : [`${method.toUpperCase()} ${path}`];
    }),
  );
}
