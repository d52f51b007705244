import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isPortInUse, startOnFreePort } from './ports.js';

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Listens on `port`, as the thing a test starts would; rejects with the listen error. */
function listenOn(port: number): Promise<Server> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const boundPort = (server: Server) => (server.address() as { port: number }).port;

describe('startOnFreePort', () => {
  it('starts on a fresh port when another process took the probed one before the start could bind it', async () => {
    const tried: number[] = [];
    const started = await startOnFreePort(async (port) => {
      tried.push(port);
      // The race: someone else binds the port between the probe and our listen.
      if (tried.length === 1) await listenOn(port);
      return listenOn(port);
    });
    expect(tried).toHaveLength(2);
    expect(tried[1]).not.toBe(tried[0]);
    expect(boundPort(started)).toBe(tried[1]);
  });

  it('does not retry a failure that is not a taken port', async () => {
    let calls = 0;
    const attempt = startOnFreePort(async () => {
      calls++;
      throw new Error('the data folder is locked');
    });
    await expect(attempt).rejects.toThrow('the data folder is locked');
    expect(calls).toBe(1);
  });

  it('knows a taken port by Node’s error code and by the messages of the server and its embedded PostgreSQL', () => {
    expect(isPortInUse(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }))).toBe(true);
    expect(
      isPortInUse(
        new Error(
          'The embedded PostgreSQL in /tmp/x did not start. Port 54329 is in use: stop what uses it or set EMBEDDED_PG_PORT.',
        ),
      ),
    ).toBe(true);
    expect(
      isPortInUse(new Error('Port 4000 on 127.0.0.1 is in use — is Klankbord already running? Stop it or set PORT.')),
    ).toBe(true);
    expect(isPortInUse(new Error('Another Klankbord (or PostgreSQL) is already using /tmp/x.'))).toBe(false);
    expect(isPortInUse(Object.assign(new Error('permission denied'), { code: 'EACCES' }))).toBe(false);
    expect(isPortInUse('Port 1 is in use')).toBe(false);
  });

  it('recognises a taken port by the caller’s own test, and gives up with the last error after the given attempts', async () => {
    let calls = 0;
    const attempt = startOnFreePort(
      async (port) => {
        calls++;
        throw new Error(`Port ${port} is in use`);
      },
      { attempts: 3, isPortTaken: (error) => error instanceof Error && /is in use/.test(error.message) },
    );
    await expect(attempt).rejects.toThrow(/^Port \d+ is in use$/);
    expect(calls).toBe(3);
  });
});
