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
  /** Writes per signed-in user (or per IP address when anonymous) per minute, on routes without a limit of their own. */
  writeRateLimitPerMinute: number;
  /** Background work of this process (sending webhooks); tests drive it by hand instead. */
  backgroundJobs: boolean;
  /** Outgoing e-mail (modules/mail): smtp://user:password@host:587 or smtps://…:465; unset keeps mail queued. */
  smtpUrl: string | undefined;
  /** The sender of outgoing e-mail, e.g. "Regie <regie@example.org>". */
  mailFrom: string;
  /** The address users reach Regie at, for links in e-mails (e.g. https://regie.example.org). */
  publicUrl: string;
  /** Whether PUBLIC_URL was set; without it, SSO builds its callback from the request's own origin. */
  publicUrlConfigured: boolean;
  /**
   * SECRET_KEY (32 bytes, hex or base64): encrypts secrets Regie must read back, such as the SSO client secret.
   * Without it they are stored as they are (like TOTP secrets).
   */
  secretKey: Buffer | undefined;
}

function keyFromEnv(value: string | undefined): Buffer | undefined {
  if (!value) return undefined;
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('SECRET_KEY must be 32 bytes, as 64 hex digits or base64');
  return key;
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
    writeRateLimitPerMinute: intFromEnv(env.WRITE_RATE_LIMIT_PER_MINUTE, 300),
    backgroundJobs: env.BACKGROUND_JOBS !== 'false',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Regie <regie@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, ''),
    publicUrlConfigured: Boolean(env.PUBLIC_URL),
    secretKey: keyFromEnv(env.SECRET_KEY),
  };
}
