import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '../../../libs/config/src';
import { PersistenceModule } from '../../../libs/persistence/src';

/** The worker process: configuration and the DataSource its activities use. */
@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    LoggerModule.forRoot({ pinoHttp: { level: process.env.LOG_LEVEL ?? 'info' } }),
  ],
})
export class WorkerModule {}
