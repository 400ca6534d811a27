import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for PostgreSQL; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Load demo data into a new, empty database (never in production). */
  demoData: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  webDir: string;
  logLevel: string;
  /** Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Login attempts per IP address per minute, on top of the per-account lockout. */
  loginRateLimitPerMinute: number;
  /** Background work of this process (sending webhooks); tests drive it by hand instead. */
  backgroundJobs: boolean;
}

function intFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`Invalid number in environment: ${value}`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: intFromEnv(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    production,
    demoData: !production && env.DEMO_DATA !== 'false',
    sessionIdleMinutes: intFromEnv(env.SESSION_IDLE_MINUTES, 8 * 60),
    sessionAbsoluteHours: intFromEnv(env.SESSION_ABSOLUTE_HOURS, 24),
    webDir: path.resolve(env.WEB_DIR ?? 'dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    loginRateLimitPerMinute: intFromEnv(env.LOGIN_RATE_LIMIT_PER_MINUTE, 20),
    backgroundJobs: env.BACKGROUND_JOBS !== 'false',
  };
}
