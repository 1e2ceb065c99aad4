import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../../libs/config/src';
import { AppModule } from './app.module';
import { openApiDocument } from './http/openapi';
import { BODY_LIMIT, checkJsonBody, refuseNonJsonBody, refuseNulInUrl } from './http/request-body';
import { requestId } from './http/request-id';
import { validationPipe } from './http/validation';

/** The console's policy: scripts and styles only from this origin, no inline code, no plugins, never framed. */
export const CONSOLE_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
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

/**
 * Builds the API application (used by main.ts and by the tests): validation, errors, OpenAPI at /docs. `logs`: false
 * for none, a stream to read them from (tests), stdout otherwise.
 */
export async function createApiApp(options: { logs?: boolean | DestinationStream } = {}): Promise<INestApplication> {
  const destination = typeof options.logs === 'object' ? options.logs : undefined;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(destination), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(options.logs === false ? false : app.get(Logger));
  // Nest buffers logs until the app listens; a suite's app is only initialised, and its logs would stay buffered.
  app.flushLogs();
  app.use(requestId);
  // Under steady load keep-alive connections never fall idle, so a stopping server waited on them until it was
  // killed: once it has stopped listening, every answer closes its connection and the client reconnects elsewhere.
  const server = app.getHttpServer() as Server;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (!server.listening) res.setHeader('Connection', 'close');
    next();
  });
  // In front of authentication, so that an oversize or malformed body costs no token lookup: 413, 415, 400.
  app.use(refuseNulInUrl);
  app.use(refuseNonJsonBody);
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: false });
  app.use(checkJsonBody);
  app.disable('x-powered-by');
  // Behind a reverse proxy the socket's peer is the proxy: believe X-Forwarded-For only from the hops configured.
  app.set('trust proxy', app.get<AppConfig>(APP_CONFIG).trustProxy);
  // Security headers. The console and the pages load only their own files (nothing inline, nothing from
  // elsewhere, never framed); /docs (Swagger UI) writes an inline script and styles, so it has a policy of its own.
  // upgrade-insecure-requests has browsers fetch every script and style over https: right behind TLS, and on a
  // plain-http deployment (a LAN without a certificate) a console that loads nothing. It follows PUBLIC_URL.
  const https = new URL(app.get<AppConfig>(APP_CONFIG).publicUrl).protocol === 'https:';
  const upgrade = { 'upgrade-insecure-requests': https ? [] : null };
  const strict = helmet({ contentSecurityPolicy: { directives: { ...CONSOLE_CSP, ...upgrade } } });
  const docs = helmet({ contentSecurityPolicy: { directives: { ...DOCS_CSP, ...upgrade } } });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path === '/docs' || req.path.startsWith('/docs/') || req.path.startsWith('/docs-') ? docs : strict)(
      req,
      res,
      next,
    ),
  );
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => openApiDocument(app));
  return app;
}
