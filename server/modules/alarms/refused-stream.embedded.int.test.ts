import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { httpLogin, type RegieProcess, startRegie, waitForReady } from '../../http/regie-process.js';
import { ALARM_STREAM_PATH } from './routes.js';

/**
 * A device whose session has ended keeps trying to open the alarm stream, and is refused (401, or 403 for a role without alarms). The refused upgrade
 * must not leave its connection behind: such leftovers kept the server from ever finishing a shutdown (SIGTERM).
 * Runs against a real process on the embedded database.
 */

let regie: RegieProcess | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regie-refused-stream-'));
afterAll(() => {
  if (regie?.child.exitCode === null) regie.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function refusedUpgrade(port: number, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${ALARM_STREAM_PATH}`, {
      headers: cookie ? { cookie, origin: `http://127.0.0.1:${port}` } : {},
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      // Like a browser: it gives up on this connection and closes its side.
      socket.terminate();
    });
    socket.on('open', () => reject(new Error('the stream opened without a session')));
    socket.on('error', () => {});
  });
}

/** As a browser tab does: asks for the stream, reads the refusal, and only half-closes its side. */
function halfClosedUpgrade(port: number, cookie: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          `GET ${ALARM_STREAM_PATH} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          `Origin: http://127.0.0.1:${port}`,
          'Connection: Upgrade',
          'Upgrade: websocket',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          `Cookie: ${cookie}`,
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.once('data', (chunk) => {
      if (!chunk.toString().startsWith('HTTP/1.1 403')) reject(new Error(chunk.toString().slice(0, 80)));
      socket.end();
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

describe('a refused alarm stream', () => {
  it('leaves no connection behind, so the server still shuts down on SIGTERM', { timeout: 120_000 }, async () => {
    regie = await startRegie({ DATA_DIR: dataDir });
    await waitForReady(regie);
    // Not signed in (401), and signed in without a role that takes alarms (403: the administrator).
    const admin = await httpLogin(regie.port, 'beheer@wonenzuid.example');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await refusedUpgrade(regie.port)).toBe(401);
      expect(await refusedUpgrade(regie.port, admin.cookie)).toBe(403);
    }
    const lingering = [
      await halfClosedUpgrade(regie.port, admin.cookie),
      await halfClosedUpgrade(regie.port, admin.cookie),
    ];
    // And a device that vanished half-way through sending a request.
    const halfSent = connect(regie.port, '127.0.0.1');
    halfSent.write('POST /api/v1/alarms HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    regie.child.kill('SIGTERM');
    const stopped = await Promise.race([
      regie.exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]);
    expect(stopped, regie.output()).toBe(true);
    for (const socket of [...lingering, halfSent]) socket.destroy();
  });
});
