import { z } from 'zod';
import { isPersonRole, PERSON_ROLES, type Role } from './modules/people/role.js';

/**
 * Every setting the server reads from its environment, validated once at start-up.
 * Each variable is documented here and in the README; a bad value stops the process with a
 * message that names the variable, never with a stack trace.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z
  .object({
    /** `development` turns on dev sign-in, introspection and the explorer by default. */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Address and port the HTTP server listens on (port 0: any free port). */
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** A PostgreSQL 15+ connection string. When absent an embedded PostgreSQL is started. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Where the embedded PostgreSQL keeps its data between runs (git-ignored). */
    EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /**
     * `auto` loads demo data when the database has no cases yet; `never` leaves it empty.
     * Default: `never` in production (the demo people include an administrator), `auto` otherwise.
     */
    DEMO_DATA: z.enum(['auto', 'never']).optional(),
    /** Seed of the demo-data generator: the same seed writes the same history. */
    DEMO_SEED: z.coerce.number().int().default(20260101),
    /** How many days of demo history to write (about two years by default; less for quick tests). */
    DEMO_HISTORY_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
    /** Dev sign-in: issue tokens for the seeded demo people. Refused in production. */
    DEV_AUTH: booleanString.optional(),
    /**
     * Secret that signs dev tokens. When absent, one is generated once and kept in the data folder
     * (`dev-token-secret` beside EMBEDDED_PG_DIR, mode 0600), so a restart does not sign everyone out.
     */
    DEV_TOKEN_SECRET: z.string().min(32).optional(),
    /** The identity provider: tokens must carry this issuer (and audience, when set). */
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    /** Where the identity provider publishes its signing keys… */
    JWT_JWKS_URL: z.url().optional(),
    /** …or its public key in PEM form (SPKI). */
    JWT_PUBLIC_KEY: z.string().min(1).optional(),
    // --- Sign-in rules (issue 11): token age, where roles come from, the first administrators. ---
    /**
     * The longest lifetime a token may have, in seconds or with a unit (`90m`, `2h`): `exp - iat`
     * (or `exp - now` when the token has no `iat`). Tokens without `exp` are always refused.
     * Default 2 hours, which admits Entra ID's 60–90 minute access tokens and Keycloak's minutes.
     */
    JWT_MAX_TOKEN_AGE: z
      .string()
      .regex(/^\d+\s*[smhd]?$/, 'a number of seconds, or with a unit: 300, 90m, 2h, 1d')
      .transform(toSeconds)
      .refine((seconds) => seconds > 0, 'must be more than 0')
      .default(7200),
    /**
     * Where a person's roles come from. `register` (default): Klankbord's own people register,
     * kept by administrators; the token only says who someone is. `token`: the JWT_ROLES_CLAIM
     * claim, mapped through JWT_ROLE_MAP and written to the register on every sign-in (changes in
     * the register are overwritten then). Either way the register decides the organisation unit
     * and whether someone is active: an inactive person is refused.
     */
    ROLES_SOURCE: z.enum(['register', 'token']).default('register'),
    /**
     * With ROLES_SOURCE=token: the claim that lists the viewer's roles or groups. A dotted path
     * reads a nested claim, e.g. `realm_access.roles` (Keycloak) or `groups` (Entra ID).
     */
    JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    /**
     * With ROLES_SOURCE=token: which claim value grants which Klankbord role, as comma-separated
     * `value=ROLE` pairs, e.g. `klankbord-admins=ADMINISTRATOR,klankbord-handlers=HANDLER`; a value
     * may be listed more than once to grant several roles. Unset: a claim value that is a role's
     * name (`HANDLER`) grants that role. Values that map to nothing are ignored; a person left
     * without a role is a SUBMITTER.
     */
    JWT_ROLE_MAP: z
      .string()
      .transform((text, ctx) => parseRoleMap(text, ctx))
      .optional(),
    /**
     * The first administrators: comma-separated token subjects (`sub`) and/or e-mail addresses,
     * granted ADMINISTRATOR whenever they sign in (remove an entry to stop that). An e-mail address
     * matches the token's `email` claim unless the token says `email_verified: false`; prefer
     * subjects where the identity provider lets users choose their own e-mail address.
     */
    INITIAL_ADMINISTRATORS: z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ''),
      )
      .default([]),
    // --- End of the sign-in rules. ---
    /**
     * Sign-in for the web app (OpenID Connect, authorization code flow with PKCE), handed to the
     * browser at run time by `GET /auth/config.json`. The provider's issuer (its discovery document
     * is `<issuer>/.well-known/openid-configuration`; default: JWT_ISSUER), the web app's client id
     * there (a public client; its redirect URI is `<this server>/auth/callback`, its post-logout
     * redirect URI `<this server>/sign-in`), and the scopes to ask for. Configure the provider so
     * the access token is a JWT for JWT_AUDIENCE; add `offline_access` to the scopes only when the
     * provider should issue refresh tokens (otherwise tokens are renewed in a hidden iframe).
     * Without OIDC_CLIENT_ID the web app offers no organisation sign-in.
     */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_SCOPES: z
      .string()
      .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'space-separated scope names')
      .refine((scopes) => scopes.split(' ').includes('openid'), 'must include openid')
      .default('openid profile email'),
    /** GraphQL introspection and the built-in explorer page (default: on in development). */
    GRAPHQL_INTROSPECTION: booleanString.optional(),
    GRAPHQL_EXPLORER: booleanString.optional(),
    // --- Limits (issue 12): what one request, one viewer and one client may cost. ---
    /** Refuse operations nested deeper than this (fields, not fragments; fragment cycles always). */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    /**
     * Refuse operations whose estimated cost exceeds this: every field costs 1, a report 250, a
     * measure's effect 25, and a list multiplies its selection by its page size (see limits.ts).
     */
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(10_000),
    /** Refuse operations with more aliases than this (aliases repeat a field's work). */
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    /** Refuse documents longer than this many tokens, while parsing (the web's largest has about 400). */
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2000),
    /** Refuse operations with more directives than this. */
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
    /**
     * At most this many operations in flight at once per viewer (a person, an API key, or for
     * anonymous requests a client IP address) on one server; more answer TOO_MANY_REQUESTS (429).
     * The web app's dashboard sends about ten queries at once.
     */
    GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER: z.coerce.number().int().min(1).max(1000).default(16),
    /**
     * PostgreSQL's statement_timeout on the server's connections, in milliseconds: a statement
     * running longer is cancelled and the request answered SERVICE_UNAVAILABLE (503). 0 turns it off.
     * The CLI (migrations, seeding, import) runs without it.
     */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    // --- Read replicas (issue 13, scale-out). ---
    /**
     * Streaming replicas of DATABASE_URL that serve reads (reports, lists, a case's page),
     * comma-separated connection strings. Writes, transactions and every read of a mutation stay on
     * the primary; a client that just wrote reads from a replica only once it has replayed that
     * write (see src/db/replicas.ts). Unset: everything runs on the primary.
     */
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((text, ctx) => parseReplicaUrls(text, ctx))
      .default([]),
    /**
     * A replica further behind the primary than this, in milliseconds, is not read from until it
     * catches up (its reads go to the primary). Lag is measured every DATABASE_REPLICA_CHECK_INTERVAL_MS.
     */
    DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
    /** How often each replica's state and lag are checked; a replica down is noticed within this. */
    DATABASE_REPLICA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
    // --- End of the read replicas. ---
    /**
     * How long a server keeps the viewer of a token or API key it has just checked, in milliseconds,
     * so the next requests with it skip the lookup. A person deactivated or an API key revoked
     * through this server is refused at once; through another instance, the command line or SQL,
     * within this time. At most 60 s (an API key's last use is noted once a minute); 0 turns it off.
     */
    VIEWER_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
    /** How many credentials that cache holds at most (least recently used go first). */
    VIEWER_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    /**
     * PostgreSQL's idle_in_transaction_session_timeout on the server's connections, in milliseconds:
     * a transaction left open and idle this long (a stuck request, a paused process) is ended by
     * the database, so it cannot hold row locks — the registration counter above all — for ever.
     * 0 turns it off.
     */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    /** The most connections one server keeps to the database (its pool). */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    /**
     * How long a request waits for a free connection of the pool, in milliseconds, before it is
     * answered SERVICE_UNAVAILABLE (503, Retry-After) instead of queueing without end.
     */
    DATABASE_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
    /**
     * How long opening one connection may take, in milliseconds (a database that does not answer
     * at all, e.g. behind a dropped network route). Rounded down to whole seconds by the driver.
     */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(5000),
    /**
     * Rate limits, shared by every server on the same database (kept in the `rate_limit` table),
     * per minute: feedback submitted per signed-in person or API key, and per client IP address;
     * sign-ins (dev sign-in, a person's first sign-in with a token) per client; failed
     * authentications (a bad token or API key) per client; look-ups and answers of satisfaction
     * links (no sign-in) per client. Over a limit a request is answered
     * TOO_MANY_REQUESTS (429) with Retry-After. Clients are told apart by the IP address Express
     * reports for the request (`req.ip`).
     */
    RATE_LIMIT_INTAKE_PER_IDENTITY: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_INTAKE_PER_CLIENT: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_SIGN_IN_PER_CLIENT: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_FAILED_AUTH_PER_CLIENT: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_SATISFACTION_PER_CLIENT: z.coerce.number().int().min(1).default(20),
    /**
     * Which proxies in front of the server to believe about the client's address (Express's
     * `trust proxy`): the number of proxies (`1` for one TLS proxy or load balancer), or their
     * addresses and subnets, comma-separated (`10.0.0.0/8,loopback`). Unset: none — X-Forwarded-For
     * is ignored, so nobody can pick their own address; but behind a proxy every client then has
     * the proxy's address and shares one set of per-client rate limits.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:/,\s]+$/, { message: 'a number of proxies, or addresses and subnets separated by commas' })
      .transform((value): number | string => (/^\d+$/.test(value) ? Number(value) : value))
      .optional(),
    // --- End of the limits. ---
    /**
     * Trusted documents: `required` — a request signed in with a person's token may run only the
     * web app's own operations (the manifest codegen writes, shipped with the web build); API keys
     * may send any document. `allowed` — any document. Default: `required` in production.
     */
    TRUSTED_DOCUMENTS: z.enum(['required', 'allowed']).optional(),
    // --- Delivery (issue 15): the outbox relay and the mail it sends. ---
    /**
     * The SMTP server that sends the messages, e.g. `smtps://user:password@mail.example.org:465`
     * or `smtp://relay.internal:25` (nodemailer's URL form). Unset in development: messages go to
     * the dev mailbox (readable in the web app under Beheer → Mailbox). Unset in production: the
     * relay does not run, messages stay queued and every start logs a warning.
     */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    /** The sender of the messages, `Name <address>` or an address. */
    MAIL_FROM: z.string().min(3).default('Klankbord <klankbord@localhost>'),
    /** `on`: this server runs an outbox relay; `off`: another process does (`node dist/cli.js relay`). */
    OUTBOX_RELAY: z.enum(['on', 'off']).default('on'),
    /** Attempts per message before it is marked dead (with the reason). */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
    /** How often an idle relay looks for due messages, in milliseconds. */
    OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
    /** How long a relay holds the messages it claimed; a crashed relay's claims come back after it. */
    OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
    /**
     * First retry delay in milliseconds; each further attempt doubles it (at most 6 hours), and a
     * random part of up to half of it (jitter) keeps relays from retrying in lockstep.
     */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    /**
     * Webhooks (modules/webhooks): failed attempts in a row after which an endpoint is paused and the
     * administrators are told (the endpoint shows `REPEATED_FAILURES`); its deliveries wait until resumed.
     */
    WEBHOOK_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
    /** How long one webhook attempt may take (connect, send, answer), in milliseconds; longer is a failure. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    // --- End of delivery. ---
    /** pino log level. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * How long a SIGTERM waits for in-flight requests (submissions above all) before closing their
     * connections anyway; the database pool closes only after that. /readyz answers 503 from the
     * signal on, so a load balancer stops sending new requests.
     */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    /** Folder with the built web app to serve at `/` (default: ../web/dist when present). */
    WEB_DIST_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DEV_AUTH === true) {
      ctx.addIssue({ code: 'custom', path: ['DEV_AUTH'], message: 'dev sign-in must not be enabled in production' });
    }
    if (env.JWT_JWKS_URL && env.JWT_PUBLIC_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_PUBLIC_KEY'],
        message: 'set JWT_JWKS_URL or JWT_PUBLIC_KEY, not both',
      });
    }
    if (env.OIDC_CLIENT_ID && !env.OIDC_ISSUER && !env.JWT_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'required when OIDC_CLIENT_ID is set (or set JWT_ISSUER)',
      });
    }
    if (env.DATABASE_REPLICA_URLS.length > 0 && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_REPLICA_URLS'],
        message: 'read replicas need DATABASE_URL (the embedded database has no replicas)',
      });
    }
    if ((env.JWT_JWKS_URL || env.JWT_PUBLIC_KEY) && !env.JWT_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_ISSUER'],
        message: 'required when JWT_JWKS_URL or JWT_PUBLIC_KEY is set',
      });
    }
  });

export type Env = ReturnType<typeof resolveEnv>;

/** Parses and completes the environment; throws `InvalidEnvironmentError` listing every problem. */
export function resolveEnv(source: NodeJS.ProcessEnv = process.env) {
  // An empty variable (`JWT_ISSUER=` in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new InvalidEnvironmentError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const development = env.NODE_ENV !== 'production';
  return {
    ...env,
    DEMO_DATA: env.DEMO_DATA ?? (development ? 'auto' : 'never'),
    DEV_AUTH: env.DEV_AUTH ?? development,
    GRAPHQL_INTROSPECTION: env.GRAPHQL_INTROSPECTION ?? development,
    GRAPHQL_EXPLORER: env.GRAPHQL_EXPLORER ?? development,
    TRUSTED_DOCUMENTS: env.TRUSTED_DOCUMENTS ?? (development ? 'allowed' : 'required'),
    OIDC_ISSUER: env.OIDC_ISSUER ?? env.JWT_ISSUER,
  };
}

/**
 * Settings that are valid but probably not what was meant; the server starts and logs each one.
 * Without an identity provider and with dev sign-in off (the production default) nobody can sign
 * in — yet API keys still work, so this is a warning, not a refusal to start.
 */
export function configurationWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (env.ROLES_SOURCE === 'register' && env.JWT_ROLE_MAP) {
    warnings.push('JWT_ROLE_MAP is ignored: roles come from the people register (set ROLES_SOURCE=token to use it).');
  }
  if (!env.DEV_AUTH && !env.JWT_JWKS_URL && !env.JWT_PUBLIC_KEY) {
    warnings.push(
      'No identity provider is configured and dev sign-in is off, so nobody can sign in (API keys still work). ' +
        'Set JWT_ISSUER with JWT_JWKS_URL or JWT_PUBLIC_KEY (and JWT_AUDIENCE, JWT_ROLES_CLAIM if needed).',
    );
  }
  if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
    warnings.push(
      'SMTP_URL is not set: no mail is sent. Acknowledgements, deadline notices and outcomes stay queued in the ' +
        'outbox until SMTP_URL is set and the server (or `node dist/cli.js relay`) runs again.',
    );
  }
  return warnings;
}

/** `90m` → 5400: a duration in seconds, from a bare number of seconds or one with a unit. */
function toSeconds(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[(match?.[2] ?? '') as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match?.[1] ?? Number.NaN) * unit;
}

/** Parses DATABASE_REPLICA_URLS: PostgreSQL connection strings, comma-separated, naming each bad entry by position. */
function parseReplicaUrls(text: string, ctx: z.RefinementCtx): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  entries.forEach((entry, index) => {
    // Not the entry itself in the message: it may hold a password.
    if (!z.url({ protocol: /^postgres(ql)?$/ }).safeParse(entry).success)
      ctx.addIssue({ code: 'custom', message: `entry ${index + 1} is not a postgres:// connection string` });
  });
  return entries;
}

/** Parses JWT_ROLE_MAP (`value=ROLE,…`) into claim value → roles, naming every bad entry. */
function parseRoleMap(text: string, ctx: z.RefinementCtx): ReadonlyMap<string, readonly Role[]> {
  const map = new Map<string, Role[]>();
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const separator = entry.lastIndexOf('=');
    const value = entry.slice(0, separator).trim();
    const role = entry.slice(separator + 1).trim();
    if (separator < 1 || value === '') {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not of the form value=ROLE` });
    } else if (!isPersonRole(role)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${role}" is not a role a person can hold (${PERSON_ROLES.join(', ')})`,
      });
    } else {
      map.set(value, [...new Set([...(map.get(value) ?? []), role])]);
    }
  }
  return map;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee the README section "Configuration".`);
    this.name = 'InvalidEnvironmentError';
  }
}
