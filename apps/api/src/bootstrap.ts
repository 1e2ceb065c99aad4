import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { refuseNulInJson, refuseNulInUrl } from './http/nul-characters';
import { requestId } from './http/request-id';
import { validationPipe } from './http/validation';

/** The console's policy: scripts and styles only from this origin, no inline code, no plugins, never framed. */
export const CONSOLE_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
const DOCS_CSP = {
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Builds the API application (used by main.ts and by the tests): validation, errors, OpenAPI at /docs. */
export async function createApiApp(options: { logs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(options.logs === false ? false : app.get(Logger));
  app.use(requestId);
  // Under steady load keep-alive connections never fall idle, so a stopping server waited on them until it was
  // killed: once it has stopped listening, every answer closes its connection and the client reconnects elsewhere.
  const server = app.getHttpServer() as Server;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (!server.listening) res.setHeader('Connection', 'close');
    next();
  });
  app.use(refuseNulInUrl);
  app.useBodyParser('json', { limit: '256kb', reviver: refuseNulInJson });
  app.disable('x-powered-by');
  // Security headers. The console and the pages load only their own files (nothing inline, nothing from
  // elsewhere, never framed); /docs (Swagger UI) writes an inline script and styles, so it has a policy of its own.
  const strict = helmet({ contentSecurityPolicy: { directives: CONSOLE_CSP } });
  const docs = helmet({ contentSecurityPolicy: { directives: DOCS_CSP } });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path === '/docs' || req.path.startsWith('/docs/') || req.path.startsWith('/docs-') ? docs : strict)(
      req,
      res,
      next,
    ),
  );
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('huijian 互检 API')
    .setDescription('Joint inspections (互检) and rectification items (整改项): organisation, ledgers, actions.')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
