import { Injectable } from '@nestjs/common';

/**
 * The time sign-in decisions are taken at: session idle expiry, lockouts, invitation validity. A provider of its
 * own, so a test moves it forward (a spy on `now`) instead of sleeping for 15 minutes or 12 hours.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
