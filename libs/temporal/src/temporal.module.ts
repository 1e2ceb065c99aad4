import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { temporalConnectionOptions } from './connection-options';

/**
 * The Temporal client for the API. The connection is lazy so that the API starts (and /health can say what is
 * wrong) even while Temporal is down.
 */
@Injectable()
export class TemporalClient extends Client implements OnApplicationShutdown {
  private readonly lazyConnection: Connection;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.temporalAddress) throw new Error('TEMPORAL_ADDRESS is not set (the launcher sets it in embedded mode)');
    const connection = Connection.lazy(temporalConnectionOptions(config));
    super({ connection, namespace: config.temporalNamespace });
    this.lazyConnection = connection;
  }

  /** Resolves when the Temporal frontend answers a health check within the timeout. */
  async ping(timeoutMs = 2000): Promise<void> {
    const deadline = new Date(Date.now() + timeoutMs);
    await this.lazyConnection.withDeadline(deadline, () => this.lazyConnection.healthService.check({}));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lazyConnection.close();
  }
}

@Global()
@Module({ providers: [TemporalClient], exports: [TemporalClient] })
export class TemporalModule {}
