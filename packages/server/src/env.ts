import { z } from 'zod';

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
     * Default: `auto` in development, `never` in production (fictional people are no production data).
     */
    DEMO_DATA: z.enum(['auto', 'never']).optional(),
    /** Seed of the demo-data generator: the same seed writes the same history. */
    DEMO_SEED: z.coerce.number().int().default(20260101),
    /** How many days of demo history to write (about two years by default; less for quick tests). */
    DEMO_HISTORY_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
    /** Dev sign-in: issue tokens for the seeded demo people. Refused in production. */
    DEV_AUTH: booleanString.optional(),
    /** Secret that signs dev tokens; generated per process when absent. */
    DEV_TOKEN_SECRET: z.string().min(32).optional(),
    /** The identity provider: tokens must carry this issuer (and audience, when set). */
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    /** Where the identity provider publishes its signing keys… */
    JWT_JWKS_URL: z.url().optional(),
    /** …or its public key in PEM form (SPKI). */
    JWT_PUBLIC_KEY: z.string().min(1).optional(),
    /** The token claim that lists the viewer's roles. */
    JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    /** GraphQL introspection and the built-in explorer page (default: on in development). */
    GRAPHQL_INTROSPECTION: booleanString.optional(),
    GRAPHQL_EXPLORER: booleanString.optional(),
    /** Refuse operations nested deeper or costing more than this. */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
    /** pino log level. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How long a SIGTERM waits for in-flight requests before closing anyway. */
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
  };
}

/**
 * Settings that are valid but probably not what was meant; the server starts and logs each one.
 * Without an identity provider and with dev sign-in off (the production default) nobody can sign
 * in — yet API keys still work, so this is a warning, not a refusal to start.
 */
export function configurationWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (!env.DEV_AUTH && !env.JWT_JWKS_URL && !env.JWT_PUBLIC_KEY) {
    warnings.push(
      'No identity provider is configured and dev sign-in is off, so nobody can sign in (API keys still work). ' +
        'Set JWT_ISSUER with JWT_JWKS_URL or JWT_PUBLIC_KEY (and JWT_AUDIENCE, JWT_ROLES_CLAIM if needed).',
    );
  }
  return warnings;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee the README section "Configuration".`);
    this.name = 'InvalidEnvironmentError';
  }
}
