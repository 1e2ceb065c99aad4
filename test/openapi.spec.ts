/**
 * The OpenAPI document is the contract the console's types are generated from: every operation describes its
 * success answer and its errors, every schema compiles, and docs/openapi.json is what the code produces (a change to
 * the API shows up in review). `npm run openapi` rewrites the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { undescribedOperations } from '../apps/api/src/http/openapi';
import { buildOpenApiDocument, serialiseOpenApi } from '../apps/api/src/openapi-document';
import { ContractChecker } from './support/contract';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('the OpenAPI document', () => {
  let doc: OpenAPIObject;
  beforeAll(async () => {
    doc = await buildOpenApiDocument();
  });
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m]! })),
    );

  it('describes the success answer of every operation', () => {
    expect(operations().length).toBeGreaterThan(60);
    expect(undescribedOperations(doc)).toEqual([]);
  });

  it('gives every operation the one error body for its refusals', () => {
    for (const { name, op } of operations()) {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect([name, errors.length > 0]).toEqual([name, true]);
      for (const [, response] of errors) {
        const schema = (response as { content?: Record<string, { schema?: { $ref?: string } }> }).content?.[
          'application/json'
        ]?.schema;
        if (!name.startsWith('GET /health'))
          expect([name, schema?.$ref]).toEqual([name, '#/components/schemas/ErrorBodyDto']);
      }
    }
  });

  it('lists every answer as { items, total?, nextCursor? }', () => {
    const schemas = doc.components?.schemas ?? {};
    for (const { name, op } of operations()) {
      const ok = (op.responses['200'] ?? op.responses['201']) as
        { content?: Record<string, { schema?: { $ref?: string; type?: string } }> } | undefined;
      const schema = ok?.content?.['application/json']?.schema;
      expect([name, schema?.type]).not.toEqual([name, 'array']);
      const ref = schema?.$ref?.split('/').pop();
      if (ref?.endsWith('ListDto')) {
        expect([name, Object.keys((schemas[ref] as { properties: object }).properties)]).toEqual([
          name,
          expect.arrayContaining(['items']),
        ]);
      }
    }
  });

  it('compiles into validators for every answer', () => {
    expect(new ContractChecker(doc).compileAll()).toEqual([]);
  });

  it('is checked in as docs/openapi.json, as the code produces it (npm run openapi)', () => {
    const file = join(__dirname, '..', 'docs', 'openapi.json');
    expect(readFileSync(file, 'utf8')).toBe(serialiseOpenApi(doc));
  });
});
