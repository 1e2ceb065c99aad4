import { looksLikeToken, redactUrl } from './redaction';

describe('URLs as logs show them', () => {
  it.each([
    ['/inbox/acknowledge/AbCdEfGh1jKlMnOpQrStUvWx', '/inbox/acknowledge/[redacted]'],
    // A token in a non-final segment.
    ['/units/AbCdEfGh1jKlMnOpQrStUvWx/tree', '/units/[redacted]/tree'],
    ['/x/hj_0123456789abcdef/y?unitId=1', '/x/[redacted]/y?unitId=1'],
    ['/auth/oidc/callback?code=Zx81yK&state=s1', '/auth/oidc/callback?code=[redacted]&state=s1'],
    ['/cgi-bin/webhook/send?key=abc&debug=1', '/cgi-bin/webhook/send?key=[redacted]&debug=1'],
    // Ids, names and assets stay readable.
    ['/items/0b6c3f5e-8f3a-4c1e-9d2b-3a4b5c6d7e8f/timeline', '/items/0b6c3f5e-8f3a-4c1e-9d2b-3a4b5c6d7e8f/timeline'],
    ['/app/assets/index-BxY3k2aZ.js', '/app/assets/index-BxY3k2aZ.js'],
    ['/ledger?sort=deadline&state=dead', '/ledger?sort=deadline&state=dead'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  it('tells tokens from ids and words', () => {
    expect(looksLikeToken('AbCdEfGhIjKlMnOpQrSt1')).toBe(true);
    expect(looksLikeToken('hjs_abcdefgh12')).toBe(true);
    expect(looksLikeToken('0b6c3f5e-8f3a-4c1e-9d2b-3a4b5c6d7e8f')).toBe(false);
    expect(looksLikeToken('acknowledge')).toBe(false);
    expect(looksLikeToken('notification-settings-robots')).toBe(false);
  });
});
