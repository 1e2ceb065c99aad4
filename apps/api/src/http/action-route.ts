import { applyDecorators, HttpCode, Post, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, type Permission } from '../../../../libs/identity/src';

/**
 * A POST that acts on a subject (most often an update of its workflow) and answers 200 with the state it reached:
 * its path, the permission it needs, what it answers and the summary the OpenAPI document shows, in one line.
 */
export function ActionRoute(
  path: string,
  permission: Permission,
  answer: Type<unknown>,
  summary: string,
): MethodDecorator {
  return applyDecorators(
    Post(path),
    Allow(permission),
    HttpCode(200),
    ApiOkResponse({ type: answer }),
    ApiOperation({ summary }),
  );
}
