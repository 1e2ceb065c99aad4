import { type ApiErrorShape, errorText } from './errors';
import type { StoredFile, StoredFileList } from './types';

/** A failed request, as a value: the HTTP status, the API's error code, and the Chinese sentence to show. */
export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(errorText({ status, code, details }));
  }
}

/** How the client authenticates: the one auth module provides it (bearer now, cookie + CSRF later). */
export interface Credentials {
  headers(write: boolean): Record<string, string>;
  /** Called on a 401: the session is gone. */
  expired(): void;
}

let credentials: Credentials = { headers: () => ({}), expired: () => undefined };
export function useCredentials(c: Credentials): void {
  credentials = c;
}

export type Query = Record<string, string | number | boolean | undefined | null | string[]>;

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(method: string, path: string, init: RequestInit, write: boolean): Promise<Response> {
  const res = await fetch(path, {
    method,
    ...init,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...credentials.headers(write), ...(init.headers as Record<string, string>) },
  });
  if (res.ok) return res;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; details?: unknown } } | null;
  if (res.status === 401) credentials.expired();
  throw new ApiError(
    res.status,
    body?.error?.code ?? (res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
    body?.error?.details,
  );
}

async function read<T>(target: string): Promise<T> {
  try {
    return (await (await send('GET', target, {}, false)).json()) as T;
  } catch (error) {
    throw asApiError(error);
  }
}

/** Answers asked for before their screen asked (the boot's); each is handed out once, and only while fresh. */
const early = new Map<string, Promise<unknown>>();
const EARLY_FOR_MS = 10_000;

/** Starts a GET now that `get` of the same path and query will take instead of asking again. */
export function prefetch(path: string, query?: Query): void {
  const target = url(path, query);
  if (early.has(target)) return;
  const answer = read(target);
  // A failure is for whoever already took the answer; one not taken yet is dropped, so that the screen asks again
  // (signed in by then, say) — and is no unhandled rejection.
  answer.catch(() => early.get(target) === answer && early.delete(target));
  early.set(target, answer);
  setTimeout(() => early.get(target) === answer && early.delete(target), EARLY_FOR_MS);
}

export async function get<T>(path: string, query?: Query): Promise<T> {
  const target = url(path, query);
  const answer = early.get(target);
  if (!answer) return read<T>(target);
  early.delete(target);
  return answer as Promise<T>;
}

/** A GET answered with a file (the 台账 export): the body and the file name the server chose. */
export async function download(path: string, query?: Query): Promise<{ blob: Blob; fileName: string }> {
  try {
    const res = await send('GET', url(path, query), { headers: { Accept: '*/*' } }, false);
    const disposition = res.headers.get('Content-Disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    const fileName = star ? decodeURIComponent(star[1]) : (plain?.[1] ?? 'download');
    return { blob: await res.blob(), fileName };
  } catch (error) {
    throw asApiError(error);
  }
}

export interface WriteOptions {
  /** Told before each retry after a dropped connection (attempt 1, 2, …), so the button can say so. */
  onRetry?: (attempt: number) => void;
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
}

const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

/**
 * A write with an Idempotency-Key of its own: when the connection drops (or the API is briefly unavailable) it is
 * sent again with the same key, so the server applies it once however often it arrives.
 */
export async function write<T>(path: string, body: unknown, options: WriteOptions = {}): Promise<T> {
  const key = crypto.randomUUID();
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await send(
        options.method ?? 'POST',
        path,
        {
          body: body === undefined ? undefined : JSON.stringify(body),
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        },
        true,
      );
      return (res.status === 204 ? undefined : await res.json()) as T;
    } catch (error) {
      const retriable = !(error instanceof ApiError) || error.code === 'DEPENDENCY_UNAVAILABLE';
      if (!retriable || attempt >= RETRY_DELAYS_MS.length) throw asApiError(error);
      options.onRetry?.(attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'NETWORK');
}

/**
 * Uploads one file (POST /files, multipart field "file"), telling the share sent so far (0–1). XMLHttpRequest,
 * because fetch cannot report upload progress. A dropped connection is an ApiError with code NETWORK: the
 * uploader offers 重试 for that file alone.
 */
export function upload(file: File, onProgress: (share: number) => void): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries({ Accept: 'application/json', ...credentials.headers(true) }))
      xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: judged by the status alone
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((body as StoredFileList).items[0]);
        return;
      }
      if (xhr.status === 401) credentials.expired();
      const error = (body as { error?: { code?: string; details?: unknown } } | null)?.error;
      reject(new ApiError(xhr.status, error?.code ?? (xhr.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'), error?.details));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
