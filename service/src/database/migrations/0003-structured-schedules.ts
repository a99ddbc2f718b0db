import { sql, type Kysely } from 'kysely';

/**
 * Schedules gained fixed times (`sessions`) and closed periods (`closed`). Offers stored before carry
 * neither: give them the empty lists the schema now defaults to, so every stored offer has today's
 * shape. History keeps what was written then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE offers
    SET data = jsonb_set(
      jsonb_set(data, '{schedule,sessions}', coalesce(data #> '{schedule,sessions}', '[]'::jsonb)),
      '{schedule,closed}', coalesce(data #> '{schedule,closed}', '[]'::jsonb))
    WHERE data ? 'schedule' AND (NOT (data -> 'schedule') ? 'sessions' OR NOT (data -> 'schedule') ? 'closed')
  `.execute(db);
}

export async function down(): Promise<void> {
  // The empty lists mean "no fixed times, never closed": leaving them is harmless.
}
