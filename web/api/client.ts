/** A problem+json answer from the API, with the message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(title);
  }

  /** Field errors keyed by the field's name, for React Aria's Form validationErrors. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.errors) {
      const field = error.path.replace(/^body\.?/, '').split('.')[0] ?? '';
      if (field && !byField[field]) byField[field] = error.message;
    }
    return byField;
  }
}

let csrfToken = '';
let language = 'nl';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function setApiLanguage(value: string): void {
  language = value;
}

/** Calls the Regie API; writes carry the CSRF token; errors become ApiError. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', language === 'en' ? 'No connection to Regie.' : 'Geen verbinding met Regie.');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(data?.code ?? 'unknown'),
      String(data?.title ?? response.statusText),
      (data?.errors as { path: string; message: string }[] | undefined) ?? [],
    );
  }
  return data as T;
}

/** Sends a file as raw bytes (evidence uploads); the name travels URL-encoded in `x-file-name`. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'accept-language': language,
        'content-type': 'application/octet-stream',
        'x-csrf-token': csrfToken,
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', language === 'en' ? 'No connection to Regie.' : 'Geen verbinding met Regie.');
  }
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok)
    throw new ApiError(response.status, String(data?.code ?? 'unknown'), String(data?.title ?? response.statusText));
  return data as T;
}
