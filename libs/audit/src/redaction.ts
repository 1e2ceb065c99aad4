/** Query parameters whose values are credentials (`?key=` of a WeCom hook, `?code=` of the OpenID callback …). */
const CREDENTIAL_PARAMETER = /token|secret|password|sign|key|code|ticket/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A path segment that looks like a credential rather than a name or an id: an `hj_`/`hjs_`/`hji_` token, or 20 and
 * more URL-safe characters mixing letters and digits (random keys) that are not a UUID (a row's id).
 */
export function looksLikeToken(segment: string): boolean {
  if (/^hj[si]?_[\w-]{8,}$/.test(segment)) return true;
  return /^[\w-]{20,}$/.test(segment) && /\d/.test(segment) && /[A-Za-z]/.test(segment) && !UUID.test(segment);
}

/**
 * A URL as a log may show it: every path segment that looks like a token (wherever it stands, not only at the end)
 * and the value of every query parameter named like a credential replaced by `[redacted]`.
 */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const safePath = path
    .split('/')
    .map((segment) => (looksLikeToken(safeDecode(segment)) ? '[redacted]' : segment))
    .join('/');
  if (queryAt < 0) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return pair.includes('=') && CREDENTIAL_PARAMETER.test(safeDecode(name)) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
