import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { RateLimiter } from './rate-limiter';

/**
 * Failed authentications per client address — a wrong token, an ended session, a wrong password — one budget for
 * all of them, shared by the guard and the sign-in endpoints.
 */
@Injectable()
export class AddressLimiter {
  private readonly failures: RateLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.failures = new RateLimiter(config.rateLimits.authFailuresPerMinute);
  }

  /** Counts one failure; false when it was one too many this minute (answer 429). */
  failed(address: string): boolean {
    return this.failures.allow(address);
  }
}
