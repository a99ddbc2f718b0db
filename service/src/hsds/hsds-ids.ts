import { v5 as uuidv5 } from 'uuid';

/**
 * The namespace of every HSDS id SEK writes (UUIDv5, RFC 9562 §5.5). Fixed forever: changing it
 * would give every exported record a new id, and partners would see them all as new.
 */
export const SEK_HSDS_NAMESPACE = '3f5c8a1e-6d2b-5f47-9a0c-5e6b1d2c7a90';

/** The entity kinds SEK writes ids for. */
export type HsdsEntity =
  | 'service' | 'organization' | 'organization_identifier' | 'location' | 'service_at_location' | 'address'
  | 'phone' | 'schedule' | 'cost_option' | 'language' | 'required_document' | 'service_area' | 'attribute'
  | 'taxonomy' | 'taxonomy_term';

/**
 * The deterministic HSDS id of an SEK record: the same offer (provider, location, …) gets the same
 * UUID in every export and after a re-import, so partners can update rather than duplicate.
 * @example hsdsId('service', 'taalcafe-gorinchem') // always the same UUID
 */
export function hsdsId(entity: HsdsEntity, ...parts: (string | number)[]): string {
  return uuidv5(`${entity}:${parts.join('/')}`, SEK_HSDS_NAMESPACE);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
