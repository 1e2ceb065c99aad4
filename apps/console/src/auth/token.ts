// The access token a person typed, kept in sessionStorage only (never a URL, localStorage, a cookie or a log). Here,
// apart from the auth module, because the boot (boot.ts) sends it before Vue is loaded.
const TOKEN_KEY = 'huijian.token';

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN_KEY);

/** The bearer header of the stored token; none when signed in by session cookie. */
export function bearerHeaders(): Record<string, string> {
  const token = storedToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
