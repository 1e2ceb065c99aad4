import type { Response } from 'supertest';
import type { Harness } from './harness';

/** The `hj_session=<value>` pair of a response's Set-Cookie, ready for a Cookie header. */
export function cookieOf(res: Response): string | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((c) => c.startsWith('hj_session=') && !c.startsWith('hj_session=;'))?.split(';')[0];
}

/** Signs in through POST /auth/login and returns what a page keeps: the cookie and the CSRF token. */
export async function signIn(
  h: Harness,
  login: string,
  password: string,
  options: { remember?: boolean } = {},
): Promise<{ cookie: string; csrfToken: string }> {
  const res = await h
    .http()
    .post('/auth/login')
    .send({ login, password, remember: options.remember ?? false });
  if (res.status !== 200) throw new Error(`sign-in as ${login} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { cookie: cookieOf(res) as string, csrfToken: res.body.csrfToken as string };
}
