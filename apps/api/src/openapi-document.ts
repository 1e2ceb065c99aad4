import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { openApiDocument } from './http/openapi';

/** The OpenAPI document without a database or Temporal: the app in preview mode (nothing instantiated). */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The checked-in form: stable key order as generated, two-space indent, a final newline. */
export const serialiseOpenApi = (document: OpenAPIObject): string => `${JSON.stringify(document, null, 2)}\n`;

// `npm run openapi`: writes docs/openapi.json (a test fails while the checked-in copy differs from the code).
if (require.main === module) {
  void buildOpenApiDocument().then((document) => {
    const target = process.argv[2] ?? 'docs/openapi.json';
    writeFileSync(target, serialiseOpenApi(document));
    console.log(`huijian: wrote ${target} (${Object.keys(document.paths).length} paths)`);
  });
}
