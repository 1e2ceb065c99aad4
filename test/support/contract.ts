import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Served by the framework, not by an operation of the document. */
const UNDOCUMENTED = /^\/docs(-json|-yaml)?(\/|$)/;

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  pointer: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface ObservedResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
  text?: string;
}

const pointerPart = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every answer checked against the OpenAPI document: its status must be one the operation documents and its JSON
 * body must validate against that status's schema — unknown fields included, so a field that drifts from its
 * declared type, or one that is not declared, fails the test that received it.
 */
export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly validators = new Map<string, ValidateFunction>();
  /** Operations that answered at least once, for coverage ("METHOD /path status"). */
  readonly seen = new Set<string>();

  constructor(document: OpenAPIObject) {
    const doc = closeObjects(structuredClone(document));
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, 'openapi');
    this.routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({
        method,
        path,
        pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        pointer: `#/paths/${pointerPart(path)}/${method}/responses`,
        responses: item[method]!.responses as Route['responses'],
      })),
    );
    // A literal segment beats a parameter (/inbox/acknowledge/{token} before /inbox/{id}/…).
    this.routes.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  }

  /** The problems with one answer (empty when it keeps the contract). */
  check(method: string, url: string, res: ObservedResponse): string[] {
    const path = new URL(url, 'http://x').pathname;
    if (UNDOCUMENTED.test(path)) return [];
    const route = this.routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(path));
    const where = `${method.toUpperCase()} ${path} → ${res.status}`;
    if (!route) {
      // An unknown path is the router's 404, still in the one error body.
      if (res.status === 404) return this.validate('#/components/schemas/ErrorBodyDto', res.body, where);
      return [`${where}: no operation in the OpenAPI document`];
    }
    this.seen.add(`${route.method.toUpperCase()} ${route.path} ${res.status}`);
    const response = route.responses[String(res.status)];
    if (!response) {
      return [`${where}: status not documented (documented: ${Object.keys(route.responses).join(', ')})`];
    }
    const type = (res.headers['content-type'] ?? '').split(';')[0].trim();
    const content = response.content ?? {};
    if (res.status === 204 || Object.keys(content).length === 0) {
      return res.text ? [`${where}: a body where the document declares none`] : [];
    }
    if (!content[type]) return [`${where}: content type ${type || '(none)'} not documented`];
    if (type !== 'application/json') return [];
    const pointer = `${route.pointer}/${res.status}/content/application~1json/schema`;
    return this.validate(pointer, res.body, where);
  }

  private validate(pointer: string, body: unknown, where: string): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${where}: body${e.instancePath} ${e.message}${extra}`;
    });
  }
}

/**
 * Response objects are closed unless a schema says otherwise: an undeclared field is drift too. OpenAPI 3.0's
 * `nullable` beside a `$ref`/`allOf` (no `type`) becomes JSON Schema's `anyOf [..., null]`, which ajv understands.
 */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(closeObjects);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (schema.properties && typeof schema.properties === 'object' && schema.additionalProperties === undefined) {
      schema.additionalProperties = false;
    }
    Object.values(schema).forEach(closeObjects);
    if (schema.nullable === true && schema.type === undefined) {
      const { nullable: _, description, ...rest } = schema;
      for (const key of Object.keys(schema)) delete schema[key];
      Object.assign(schema, { description, anyOf: [rest, { type: 'null' }] });
    }
  }
  return node;
}
