import { openSecret, SecretBoxError, sealSecret } from './secret-box';

describe('secret box (AES-256-GCM at rest)', () => {
  const key = Buffer.from('a-deployment-secret-of-at-least-32-characters', 'utf8');

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const a = sealSecret('SEC-dingtalk-加签', key, 'unit-1/dingtalk');
    const b = sealSecret('SEC-dingtalk-加签', key, 'unit-1/dingtalk');
    expect(a).toMatch(/^v1\.[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('SEC');
    expect(openSecret(a, key, 'unit-1/dingtalk')).toBe('SEC-dingtalk-加签');
  });

  it('refuses another key, another row, an altered value and plain text', () => {
    const sealed = sealSecret('SEC', key, 'unit-1/feishu');
    const otherKey = Buffer.from('another-deployment-secret-of-32-characters!', 'utf8');
    expect(() => openSecret(sealed, otherKey, 'unit-1/feishu')).toThrow(SecretBoxError);
    expect(() => openSecret(sealed, key, 'unit-2/feishu')).toThrow(SecretBoxError);
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    const altered = `v1.${bytes.toString('base64url')}`;
    expect(() => openSecret(altered, key, 'unit-1/feishu')).toThrow(SecretBoxError);
    expect(() => openSecret('SEC', key, 'unit-1/feishu')).toThrow(SecretBoxError);
  });
});
