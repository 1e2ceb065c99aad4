import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { openApiDocument } from './http/openapi';
import { BODY_LIMIT, checkJsonBody, refuseNonJsonBody, refuseNulInUrl } from './http/request-body';
import { requestId } from './http/request-id';
import { validationPipe } from './http/validation';

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
  // In front of authentication, so that an oversize or malformed body costs no token lookup: 413, 415, 400.
  app.use(refuseNulInUrl);
  app.use(refuseNonJsonBody);
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: false });
  app.use(checkJsonBody);
  app.disable('x-powered-by');
  // Security headers; the pages and /docs load their own scripts and styles (some inline), nothing from elsewhere.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => openApiDocument(app));
  return app;
}
