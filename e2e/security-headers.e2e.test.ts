import { describe, expect, it } from 'vitest';
import { baseURL } from './browser';

/** Every screen of the app (as the router knows them) and the API: the same strict headers everywhere. */
const PAGES = [
  '/',
  '/login',
  '/second-factor',
  '/account',
  '/account/two-factor',
  '/change-password',
  '/protocol',
  '/protocol/edit',
  '/protocol/compliance',
  '/handling/00000000-0000-4000-8000-000000000000',
  '/language',
  '/admin/organisation',
  '/admin/users',
  '/admin/users/new',
  '/admin/audit',
  '/a-page-that-does-not-exist',
];

function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('security headers', () => {
  it('every page has a Content-Security-Policy without inline scripts, no framing and no sniffing', async () => {
    for (const page of PAGES) {
      const response = await fetch(`${baseURL()}${page}`);
      expect(response.status, page).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src'), page).toBe("'self'");
      expect(csp.get('default-src'), page).toBe("'self'");
      expect(csp.get('frame-ancestors'), page).toBe("'none'");
      expect(csp.get('object-src'), page).toBe("'none'");
      expect(response.headers.get('x-content-type-options'), page).toBe('nosniff');
      expect(response.headers.get('strict-transport-security'), page).toMatch(/max-age=\d+/);
      // The page itself carries no inline script a policy would have to allow.
      const html = await response.text();
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], page).toEqual([]);
    }
  });

  it('the API has the same policy and is closed to other origins (no CORS)', async () => {
    const api = await fetch(`${baseURL()}/api/v1/protocol`, { headers: { origin: 'https://evil.example' } });
    expect(api.status).toBe(401);
    expect(directives(api.headers.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
    expect(api.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${baseURL()}/api/v1/auth/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });
});
