// The typed API client, generated types from the server's OpenAPI document (schema.d.ts).
// Adds the CSRF header every state-changing request needs and turns error bodies into ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    messages: { 'zh-CN': string; en: string };
    field?: string;
    requestId: string;
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody['error'],
  ) {
    super(body.message);
  }
  get code() {
    return this.body.code;
  }
  text(lang: 'zh-CN' | 'en') {
    return this.body.messages?.[lang] ?? this.body.message;
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET') {
      if (csrfToken) request.headers.set('x-csrf-token', csrfToken);
      else request.headers.set('x-zg-client', 'web');
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf);

/** Unwraps an openapi-fetch result: the data, or a thrown ApiError with the server's code and messages. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (error !== undefined || !response.ok) {
    const body = (error as ApiErrorBody | undefined)?.error ?? {
      code: 'NETWORK',
      message: `HTTP ${response.status}`,
      messages: { 'zh-CN': `网络错误（${response.status}）`, en: `Network error (${response.status})` },
      requestId: '',
    };
    throw new ApiError(response.status, body);
  }
  return data as T;
}

export interface UploadedFile {
  id: number;
  name: string;
  mediaType: string;
  sizeBytes: number;
}

/**
 * The error of a raw fetch (uploads, downloads): the API's own error body when there is one; otherwise a
 * proxy answered (a body-size limit before the server, a gateway), so say what it means.
 */
function errorOf(response: { status: number }, body: unknown): ApiError {
  const tooLarge = response.status === 413;
  return new ApiError(
    response.status,
    (body as ApiErrorBody | undefined)?.error ?? {
      code: tooLarge ? 'FILE_TOO_LARGE' : 'NETWORK',
      message: `HTTP ${response.status}`,
      messages: {
        'zh-CN': tooLarge ? '文件不能超过 10 MB' : `网络错误（${response.status}）`,
        en: tooLarge ? 'Files must not exceed 10 MB' : `Network error (${response.status})`,
      },
      requestId: '',
    },
  );
}

/**
 * Downloads a file the API answers with (an export), keeping the session's cookie; an error answer is thrown
 * as an ApiError instead of being saved as a file.
 */
export async function downloadFile(url: string, fallbackName: string) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw errorOf(response, await response.json().catch(() => undefined));
  const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = named ? decodeURIComponent(named) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Uploads evidence as raw bytes (the server checks the type by content and the 10 MB limit). */
/** Sends a file's bytes as the body (how the server takes uploads), with the session's CSRF token. */
export async function postBytes<T>(url: string, file: File): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/octet-stream',
      ...(csrfToken ? { 'x-csrf-token': csrfToken } : { 'x-zg-client': 'web' }),
    },
    body: file,
  });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw errorOf(response, body);
  return body as T;
}

/**
 * The same as postBytes, reporting the share sent (0..1) as it goes: a 200 MB lesson video takes minutes on an
 * office line, and fetch cannot tell how far an upload is.
 */
export function postBytesWithProgress<T>(url: string, file: File, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    else xhr.setRequestHeader('x-zg-client', 'web');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(errorOf({ status: 0 }, undefined));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorOf({ status: xhr.status }, body));
    };
    xhr.send(file);
  });
}

export const uploadEvidence = (file: File, purpose: 'assistance_evidence' | 'appeal_evidence') =>
  postBytes<UploadedFile>(`/api/files?purpose=${purpose}&name=${encodeURIComponent(file.name)}`, file);

/** An image for an article: where the server stored it. */
export const uploadArticleImage = (file: File) => postBytes<{ url: string }>('/api/articles/images', file);
