import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldProblem } from '../../domain/src';
import { projectRoot } from '../../runtime/src/project-paths';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The 10,000 most common passwords (SecLists' "10 million password list", its top 10,000; CC BY-SA 3.0), one a
 * line, lower-cased. Read from beside this file (source runs, and the image, which copies data/ next to dist/), else
 * from the repository.
 */
export function loadCommonPasswords(): ReadonlySet<string> {
  const beside = join(__dirname, 'data', 'common-passwords.txt');
  const file = existsSync(beside)
    ? beside
    : join(projectRoot(), 'libs', 'accounts', 'src', 'data', 'common-passwords.txt');
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ''),
  );
}

let common: ReadonlySet<string> | undefined;

/** The list, read on first use and kept. */
export function commonPasswords(): ReadonlySet<string> {
  return (common ??= loadCommonPasswords());
}

/** Why a new password is refused, in words the person can act on; undefined when it will do. */
export function passwordProblem(
  password: string,
  login: string,
  list: ReadonlySet<string> = commonPasswords(),
): FieldProblem | undefined {
  const refuse = (reason: string): FieldProblem => ({ field: 'password', reason });
  if (password.length < PASSWORD_MIN_LENGTH) return refuse(`密码至少 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (password.length > PASSWORD_MAX_LENGTH) return refuse(`密码最多 ${PASSWORD_MAX_LENGTH} 个字符`);
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) return refuse('密码不能与登录名相同');
  if (list.has(password.toLowerCase())) return refuse('这是最常见的密码之一，容易被猜中，请换一个');
  return undefined;
}
