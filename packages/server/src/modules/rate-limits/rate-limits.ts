import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppServices, RequestContext } from '../../graphql/context.js';
import { tooManyRequests } from './too-many-requests.js';

/** The limits, each counted per key over a one-minute window (env.ts documents their sizes). */
export type RateLimitName =
  'intakePerIdentity' | 'intakePerClient' | 'signInPerClient' | 'failedAuthPerClient' | 'satisfactionPerClient';

export interface RateLimits {
  /** Counts one request against `name` for `key`; throws TOO_MANY_REQUESTS (429, Retry-After) when over. */
  consume(name: RateLimitName, key: string): Promise<void>;
  /** Throws TOO_MANY_REQUESTS when `key` has used up `name` already, without counting. */
  assertNotExhausted(name: RateLimitName, key: string): Promise<void>;
}

const WINDOW_SECONDS = 60;

/** The table the migration Migration20261202110000_rate-limit creates. */
const TABLE = 'rate_limit';

const built = new WeakMap<AppServices, RateLimits>();

/**
 * The rate limits of one application, kept in PostgreSQL (table `rate_limit`) so every instance
 * on the same database counts together. Built on first use and kept per `services`, so the HTTP
 * server, the GraphQL resolvers and the test harness all reach the same limiters.
 */
export function rateLimitsFor(services: AppServices): RateLimits {
  const existing = built.get(services);
  if (existing) return existing;
  const { env, orm } = services;
  const points: Record<RateLimitName, number> = {
    intakePerIdentity: env.RATE_LIMIT_INTAKE_PER_IDENTITY,
    intakePerClient: env.RATE_LIMIT_INTAKE_PER_CLIENT,
    signInPerClient: env.RATE_LIMIT_SIGN_IN_PER_CLIENT,
    failedAuthPerClient: env.RATE_LIMIT_FAILED_AUTH_PER_CLIENT,
    satisfactionPerClient: env.RATE_LIMIT_SATISFACTION_PER_CLIENT,
  };
  const knex = orm.em.getConnection().getKnex();
  const limiters = new Map(
    (Object.keys(points) as RateLimitName[]).map((name) => [
      name,
      new RateLimiterPostgres({
        storeClient: knex,
        storeType: 'knex',
        tableName: TABLE,
        // Created by the migration: the server never changes the schema at run time.
        tableCreated: true,
        keyPrefix: name,
        points: points[name],
        duration: WINDOW_SECONDS,
      }),
    ]),
  );
  const limiter = (name: RateLimitName) => limiters.get(name)!;

  const limits: RateLimits = {
    async consume(name, key) {
      try {
        await limiter(name).consume(storedKey(key));
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) throw tooManyRequests('RATE_LIMITED', refusal.msBeforeNext);
        throw refusal;
      }
    },
    async assertNotExhausted(name, key) {
      const used = await limiter(name).get(storedKey(key));
      if (used && used.consumedPoints >= points[name]) throw tooManyRequests('RATE_LIMITED', used.msBeforeNext);
    },
  };
  built.set(services, limits);
  return limits;
}

/**
 * What the table keeps of a key: a hash, so the counters hold no IP address or person id, only
 * something that tells the same client apart within a minute.
 */
function storedKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}

/** Counts a submission against the intake limits: per signed-in person or API key, and per client. */
export async function limitIntake(ctx: RequestContext): Promise<void> {
  const limits = rateLimitsFor(ctx.services);
  const identity = ctx.viewer.personId ?? (ctx.viewer.apiKey ? `api-key:${ctx.viewer.apiKey.id}` : null);
  if (identity) await limits.consume('intakePerIdentity', identity);
  if (ctx.clientIp) await limits.consume('intakePerClient', ctx.clientIp);
}

/** Counts a sign-in against the per-client limit (requests from outside HTTP have no client). */
export async function limitSignIn(ctx: Pick<RequestContext, 'services' | 'clientIp'>): Promise<void> {
  if (ctx.clientIp) await rateLimitsFor(ctx.services).consume('signInPerClient', ctx.clientIp);
}

/**
 * Counts a look-up or answer of a satisfaction link (no sign-in) against the per-client limit, so
 * nobody can try tokens or flood answers from one address.
 */
export async function limitSatisfaction(ctx: Pick<RequestContext, 'services' | 'clientIp'>): Promise<void> {
  if (ctx.clientIp) await rateLimitsFor(ctx.services).consume('satisfactionPerClient', ctx.clientIp);
}
