import { StoreUnavailableError } from '../domain-errors.js';

/** Connection-level failures and PostgreSQL codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57014', // query_canceled (statement_timeout)
  '08000', '08003', '08006', '08001', '08004', // connection exceptions
  '53300', // too_many_connections
  '40P01', // deadlock_detected: another writer changes the same offers at this moment
  '40001', // serialization_failure
]);

/** The domain error for a database failure that means "try again later"; undefined for anything else (a bug). */
export function databaseUnavailable(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  if (!(error instanceof Error)) return undefined;
  const code = 'code' in error ? String(error.code) : '';
  const timeout = /timeout|terminated|Connection terminated|not queryable/i.test(error.message);
  if (UNAVAILABLE_CODES.has(code) || timeout) return new StoreUnavailableError('database', code === '57014' || /timeout/i.test(error.message) ? 'timeout' : code || 'unreachable', { cause: error });
  return undefined;
}

/** Runs a database call; "try again later" failures become a StoreUnavailableError. */
export async function guardedDb<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw databaseUnavailable(error) ?? error;
  }
}
