import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AccountsModule } from '../../../libs/accounts/src';
import { AuditModule } from '../../../libs/audit/src';
import { APP_CONFIG, type AppConfig, ConfigModule } from '../../../libs/config/src';
import { DiagnosticsModule } from '../../../libs/diagnostics/src';
import { EvaluationModule } from '../../../libs/evaluation/src';
import { FilesModule } from '../../../libs/files/src';
import { IdentityModule } from '../../../libs/identity/src';
import { InspectionsModule } from '../../../libs/inspections/src';
import { ItemsModule } from '../../../libs/items/src';
import { LedgerModule } from '../../../libs/ledger/src';
import { NotificationsModule } from '../../../libs/notifications/src';
import { ObligationsModule } from '../../../libs/obligations/src';
import { PoliciesModule } from '../../../libs/policies/src';
import { ProgrammesModule } from '../../../libs/programmes/src';
import { OrganisationModule } from '../../../libs/organisation/src';
import { PersistenceModule } from '../../../libs/persistence/src';
import { TemporalModule } from '../../../libs/temporal/src';
import { AuditController } from './audit/audit.controller';
import { ProbesController } from './diagnostics/probes.controller';
import { FilesController } from './files/files.controller';
import { HealthController } from './health/health.controller';
import { AuditWriter } from './http/audit-writer';
import { AuditInterceptor } from './http/audit.interceptor';
import { ErrorFilter } from './http/error.filter';
import { AuthController } from './identity/auth.controller';
import { TokensController } from './identity/tokens.controller';
import { CyclesController } from './cycles/cycles.controller';
import { EvaluationController } from './evaluation/evaluation.controller';
import { ItemsController } from './items/items.controller';
import { BoardController, LedgerController } from './ledger/ledger.controller';
import { ConsoleController } from './console/console.controller';
import { PagesController } from './pages/pages.controller';
import {
  DeliveriesController,
  InboxController,
  NotificationSettingsController,
} from './notifications/notifications.controller';
import { requestLogging } from './http/request-logging';
import {
  ObligationFeedController,
  ObligationsController,
  ObligationTypesController,
} from './obligations/obligations.controller';
import { PoliciesController } from './policies/policies.controller';
import { ProgrammesController } from './programmes/programmes.controller';
import { PeopleController } from './organisation/people.controller';
import { RegionsController } from './organisation/regions.controller';
import { UnitsController } from './organisation/units.controller';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    TemporalModule,
    IdentityModule,
    AccountsModule,
    AuditModule,
    OrganisationModule,
    DiagnosticsModule,
    FilesModule,
    ItemsModule,
    PoliciesModule,
    ProgrammesModule,
    InspectionsModule,
    LedgerModule,
    NotificationsModule,
    ObligationsModule,
    EvaluationModule,
  ],
  controllers: [
    HealthController,
    UnitsController,
    RegionsController,
    PeopleController,
    TokensController,
    AuthController,
    ProbesController,
    AuditController,
    ItemsController,
    FilesController,
    PoliciesController,
    ProgrammesController,
    CyclesController,
    LedgerController,
    BoardController,
    PagesController,
    ConsoleController,
    InboxController,
    NotificationSettingsController,
    DeliveriesController,
    ObligationTypesController,
    ObligationsController,
    ObligationFeedController,
    EvaluationController,
  ],
  providers: [
    AuditWriter,
    { provide: APP_FILTER, useClass: ErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
})
export class AppModule {
  /** The API with its logger: to stdout, or to `logs` (a suite reads what the API logged). */
  static forRoot(logs?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            const options = requestLogging(config.logLevel);
            return { pinoHttp: logs ? [options, logs] : options };
          },
        }),
      ],
    };
  }
}
