import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { DEMO_PASSWORD } from '../modules/demo/credentials.js';

/**
 * For tests that need Regie as a real operating-system process (several processes on one database, a process killed
 * with SIGKILL): started the way `npm start` starts it, without building the web app, and called over HTTP.
 */

export interface RegieProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  /** Resolves once the process has exited (whatever the cause). */
  exited: Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startRegie(env: Record<string, string>, port?: number): Promise<RegieProcess> {
  const chosen = port ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      SKIP_WEB_BUILD: 'true',
      HOST: '127.0.0.1',
      PORT: String(chosen),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      WRITE_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, port: chosen, output: () => output, exited };
}

/** Waits for /readyz; fails with the process's output when it exits or does not get ready in time. */
export async function waitForReady(regie: RegieProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && regie.child.exitCode === null && regie.child.signalCode === null) {
    try {
      if ((await fetch(`http://127.0.0.1:${regie.port}/readyz`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Regie did not become ready:\n${regie.output()}`);
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

export async function httpLogin(port: number, email: string, password = DEMO_PASSWORD): Promise<HttpSession> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

export async function httpCall(port: number, session: HttpSession, method: string, path: string, body?: object) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}
