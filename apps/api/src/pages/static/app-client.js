// The stand-in pages' one way to call the API: JSON in and out, the session cookie sent by the browser, and the
// session's CSRF token (from GET /me or the sign-in answer) in X-CSRF-Token on every write.
export async function api(path, { method = 'GET', body, csrfToken } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  return { status: res.status, ok: res.ok, data };
}

/** The person-readable message of an error answer. */
export function messageOf(result) {
  const error = result.data && result.data.error;
  if (!error) return `请求失败（${result.status}）`;
  const fields = error.details && error.details.fields;
  return fields && fields.length ? fields.map((f) => f.reason).join('；') : error.message;
}
