import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../../config/src';
import { dataSourceOptions } from './data-source';

/** The one TypeORM DataSource of a process, from DATABASE_URL (set by the launcher in embedded mode). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('DATABASE_URL is not set (the launcher sets it in embedded mode)');
        return {
          ...dataSourceOptions(config.databaseUrl, 10, config.statementTimeoutMs),
          retryAttempts: 2,
          retryDelay: 1000,
        };
      },
    }),
  ],
})
export class PersistenceModule {}

/** host:port/database of a connection string, without credentials: safe to print. */
export function describeDatabaseUrl(url: string | undefined): string {
  if (!url) return '(DATABASE_URL not set)';
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
