import type { Server } from 'node:http';
import { createServer } from 'node:net';

/** Why the HTTP server cannot listen, in words a newcomer can act on (main.ts prints it and exits). */
export class ListenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

/**
 * Listens on `port` at `host`; rejects with a `ListenError` instead of leaving an 'error' event
 * unhandled (which crashed the process with a bare `EADDRINUSE` stack trace).
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * Fails early when the port is taken, before minutes go into starting the database, migrating and
 * writing demo data. The real listen still reports a port taken in between.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  // Port 0 means "any free port": nothing to check.
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string): ListenError {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ListenError(
        error.code,
        `Port ${port} on ${host} is in use — is Klankbord already running? Stop it or set PORT.`,
      );
    case 'EACCES':
      return new ListenError(
        error.code,
        `Not allowed to listen on port ${port} on ${host} (ports below 1024 need privileges). Set PORT.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ListenError(error.code, `Cannot listen on ${host}: it is not an address of this machine. Set HOST.`);
    default:
      return new ListenError(
        error.code ?? 'UNKNOWN',
        `Cannot listen on port ${port} on ${host}: ${error.message}. Check HOST and PORT.`,
      );
  }
}
