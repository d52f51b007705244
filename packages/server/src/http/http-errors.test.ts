import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../shared/logger.js';
import { jsonErrorHandler, notFound } from './http-errors.js';

/**
 * The final error handler on its own, behind routes that fail the ways a route can: an exception
 * whose message carries personal data, a client error with a status, and after the headers went out.
 */

const logLines: string[] = [];
const sink = new Writable({
  write: (chunk: Buffer, _encoding, done) => (logLines.push(...chunk.toString().split('\n').filter(Boolean)), done()),
});
const SECRET = 'Jan de Vries, 06 12345678';
let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.get('/throws', () => {
    throw new Error(`could not save ${SECRET}`);
  });
  app.get('/rejects', async () => {
    await Promise.resolve();
    throw Object.assign(new SyntaxError(`Unexpected token in ${SECRET}`), { status: 400, body: SECRET });
  });
  app.get('/half-sent', (_req, res, next) => {
    res.write('partial');
    next(new Error(SECRET));
  });
  app.use(notFound);
  app.use(jsonErrorHandler(createLogger('info', sink)));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the final JSON error handler', () => {
  it('an unexpected error: 500 INTERNAL_SERVER_ERROR with an id that the log line carries, no message anywhere', async () => {
    const from = logLines.length;
    const response = await fetch(`${url}/throws`);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { errors: Array<{ extensions: { code: string; errorId: string } }> };
    const { code, errorId } = body.errors[0]!.extensions;
    expect(code).toBe('INTERNAL_SERVER_ERROR');
    const logged = logLines.slice(from).map((line) => JSON.parse(line) as { errorId?: string; err?: { name: string } });
    expect(logged).toMatchObject([{ errorId, err: { name: 'Error' } }]);
    for (const seen of [text, logLines.slice(from).join('\n')]) {
      expect(seen).not.toContain('Jan de Vries');
      expect(seen).not.toMatch(/node_modules|\.js:\d|\.ts:\d/);
    }
  });

  it('a client error with a status (an async route): that status, a fixed message, the body it quotes left out', async () => {
    const from = logLines.length;
    const response = await fetch(`${url}/rejects`);
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request cannot be handled.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(logLines.slice(from).join('\n')).not.toContain('Jan de Vries');
  });

  it('after the headers went out: the connection is cut, nothing is logged with the message', async () => {
    const from = logLines.length;
    await expect(fetch(`${url}/half-sent`).then((response) => response.text())).rejects.toThrow();
    expect(logLines.slice(from).join('\n')).not.toContain('Jan de Vries');
  });

  it('an unknown route: 404 NOT_FOUND in JSON', async () => {
    const response = await fetch(`${url}/nothing`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});
