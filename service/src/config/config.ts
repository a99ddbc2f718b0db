import { z } from 'zod';

/**
 * Every environment variable the service reads, in one schema.
 * The README's configuration table mirrors this file.
 */
export const Config = z
  .object({
    PORT: z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    MEILI_URL: z.url({ protocol: /^https?$/ }).optional(),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    MEILI_ADMIN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/sek')
      .optional(),
    DATABASE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    SEK_DATA_DIR: z.string().min(1).default('.sek-data'),
    SEK_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/, 'only a-z, 0-9, - and _')
      .default(''),
    SEK_LOAD_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
    SEK_GEOCODER: z.enum(['none', 'pdok']).default('none'),
    SEK_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters (use a long random string)').optional(),
    SEK_ALLOWED_ORIGINS: z
      .string()
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)])))
      .default([]),
    SEK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
    SEK_ADMIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(300),
    SEK_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the address people open SEK at, such as https://kaart.example.nl' }).transform((url) => url.replace(/\/+$/, '')).optional(),
    SEK_KAART_URL: z.url({ protocol: /^https?$/, error: 'must be the page residents search on, such as https://www.gemeente.nl/sociale-kaart' }).optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an SMTP URL such as smtp://user:password@mail.example.nl:587').optional(),
    SEK_MAIL_FROM: z.string().min(3).default('SEK sociale kaart <noreply@localhost>'),
    SEK_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
    SEK_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    SEK_TRUSTED_PROXY_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'must be a header name such as X-Forwarded-For')
      .transform((name) => name.toLowerCase())
      .optional(),
    /** How often the freshness job ("Klopt dit nog?") looks for work; 0: never (run it with the API or the CLI). */
    SEK_FRESHNESS_EVERY_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(60),
    /** Searches a word needs per week in one gemeente before insight stores it (fewer: never written). */
    /** A JSON file that extends (or replaces) how HSDS records without SEK's classification get themes. */
    SEK_HSDS_CLASSIFICATION: z.string().min(1).optional(),
    SEK_STATS_MIN_WORD_SEARCHES: z.coerce.number().int().min(2).max(1000).default(5),
    /** How often the search counters are written to the database. */
    SEK_STATS_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
    /** Memory for cached search answers, in MB (0: no cache). */
    SEK_SEARCH_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    SEK_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 ** 3).default(200 * 1024 * 1024),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_MASTER_KEY'],
        message: 'is required when MEILI_URL is set (the key SEK uses to create indexes and search keys)',
      });
    }
  });
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment; throws a ConfigError whose message is one line per bad variable.
 * @example loadConfig({ PORT: '8080' }).PORT === 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Treat empty strings as unset: `PORT= pnpm start` should mean "default".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = Config.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    const secret = name.includes('KEY') || name.includes('TOKEN') || name === 'DATABASE_URL' || name === 'SMTP_URL';
    const shown = value === undefined ? '' : ` (got ${JSON.stringify(secret ? '***' : value)})`;
    return `Invalid environment variable ${name}${shown}: ${issue.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}
