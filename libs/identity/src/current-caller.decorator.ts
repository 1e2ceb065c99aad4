import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Caller } from './caller';
import type { RequestWithCaller } from './auth.guard';

/** The Caller resolved by the AuthGuard for this request. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<RequestWithCaller>().caller;
  if (!caller) throw new Error('CurrentCaller used on a @Public() endpoint');
  return caller;
});
