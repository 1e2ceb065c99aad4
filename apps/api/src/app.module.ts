import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig, ConfigModule } from '../../../libs/config/src';
import { DiagnosticsModule } from '../../../libs/diagnostics/src';
import { IdentityModule } from '../../../libs/identity/src';
import { InspectionsModule } from '../../../libs/inspections/src';
import { ItemsModule } from '../../../libs/items/src';
import { PoliciesModule } from '../../../libs/policies/src';
import { OrganisationModule } from '../../../libs/organisation/src';
import { PersistenceModule } from '../../../libs/persistence/src';
import { TemporalModule } from '../../../libs/temporal/src';
import { ProbesController } from './diagnostics/probes.controller';
import { HealthController } from './health/health.controller';
import { ErrorFilter } from './http/error.filter';
import { TokensController } from './identity/tokens.controller';
import { CyclesController } from './cycles/cycles.controller';
import { ItemsController } from './items/items.controller';
import { PoliciesController } from './policies/policies.controller';
import { PeopleController } from './organisation/people.controller';
import { RegionsController } from './organisation/regions.controller';
import { UnitsController } from './organisation/units.controller';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          // Every log line and error body carries the request id; a caller may send its own.
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.authorization'],
          autoLogging: { ignore: (req) => req.url === '/health' },
        },
      }),
    }),
    PersistenceModule,
    TemporalModule,
    IdentityModule,
    OrganisationModule,
    DiagnosticsModule,
    ItemsModule,
    PoliciesModule,
    InspectionsModule,
  ],
  controllers: [
    HealthController,
    UnitsController,
    RegionsController,
    PeopleController,
    TokensController,
    ProbesController,
    ItemsController,
    PoliciesController,
    CyclesController,
  ],
  providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
})
export class AppModule {}
