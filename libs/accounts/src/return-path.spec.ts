import { localReturnPath } from './return-path';

describe('localReturnPath', () => {
  it.each([
    ['/app/items/8f0c2a6e-8d7e-4e63-9d55-2b1f3c4d5e6f', '/app/items/8f0c2a6e-8d7e-4e63-9d55-2b1f3c4d5e6f'],
    ['/app/cycles/c-1?tab=findings', '/app/cycles/c-1?tab=findings'],
    ['/app/inbox', '/app/inbox'],
  ])('keeps the console path %s', (next, expected) => expect(localReturnPath(next)).toBe(expected));

  it.each([
    'https://evil.example/app/items/1',
    '//evil.example/app/items/1',
    '/app//evil.example',
    '/\\evil.example',
    '/app/\\\\evil.example',
    '/items/1',
    '/application',
    '/app/login?next=/app/inbox',
    '/app/items/1\n',
    'javascript:alert(1)',
    '',
    undefined,
    42,
    `/app/${'x'.repeat(600)}`,
  ])('sends %j to the inbox instead', (next) => expect(localReturnPath(next)).toBe('/app/inbox'));
});
