import { createServer } from 'node:net';

/** What `startOnFreePort` needs besides the start function. */
export interface FreePortOptions {
  /** Whether `start` failed because someone else took the port (default: `isPortInUse`). */
  isPortTaken?: (error: unknown) => boolean;
  /** How many ports to try before giving up with the last error. */
  attempts?: number;
  /** The interface the probe listens on. */
  host?: string;
}

/**
 * Whether an error says its port was taken: Node's `EADDRINUSE`, or the message the server and its
 * embedded PostgreSQL give a person ("Port 54329 is in use: …", "Port 4000 on 127.0.0.1 is in use").
 */
export function isPortInUse(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('code' in error && error.code === 'EADDRINUSE') return true;
  return error instanceof Error && /\bPort \d+ (on \S+ )?is in use\b/.test(error.message);
}

/**
 * Starts something that must listen on a port of its own (a PostgreSQL server, a child process)
 * and cannot be handed port 0. A probe finds a port that is free now, but it has to close before
 * `start` binds it, and another process may take it in between — on a machine running several
 * suites at once that happens. So when `start` fails because the port was taken, this tries again
 * on a fresh port instead of failing the run. Prefer port 0 where the caller can read the bound port.
 * @throws the last error of `start` when it is not a taken port, or when every attempt found one.
 */
export async function startOnFreePort<T>(
  start: (port: number) => Promise<T>,
  options: FreePortOptions = {},
): Promise<T> {
  const { isPortTaken = isPortInUse, attempts = 5, host = '127.0.0.1' } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await probeFreePort(host));
    } catch (error) {
      if (attempt >= attempts || !isPortTaken(error)) throw error;
    }
  }
}

/** A port nothing listens on at this moment (and may be taken the next; see startOnFreePort). */
function probeFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('The probe got no port.')),
      );
    });
  });
}
