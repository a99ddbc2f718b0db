import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Offer, Role } from '@sek/contract';
import type { DatabaseSchema } from '../database/schema.js';

/** A person as the management side knows them. */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  gemeenten: string[];
  organizationId: string | null;
  /** An aanbieder whose changes are published without review. */
  trusted: boolean;
}

/**
 * Who is asking, and what they may keep: from a session (a person in a browser), a personal API
 * token (that person's rights) or the bootstrap `SEK_ADMIN_TOKEN` (a beheerder).
 */
export interface Principal {
  via: 'session' | 'api-token' | 'bootstrap';
  /** Absent for the bootstrap token. */
  account?: Account;
  role: Role;
  gemeenten: string[];
  organizationId: string | null;
  /** How the history and the audit log name them: `user:<id>` or `admin-token`. */
  actor: string;
  /** With a session: what every change must carry in `X-CSRF-Token`. */
  csrfToken?: string;
  sessionHash?: string;
}

export function principalOf(account: Account, via: 'session' | 'api-token', extra: Pick<Principal, 'csrfToken' | 'sessionHash'> = {}): Principal {
  return { via, account, role: account.role, gemeenten: account.gemeenten, organizationId: account.organizationId, actor: `user:${account.id}`, ...extra };
}

export const BOOTSTRAP_PRINCIPAL: Principal = { via: 'bootstrap', role: 'beheerder', gemeenten: [], organizationId: null, actor: 'admin-token' };

/**
 * Whether a person may keep this offer: a beheerder every offer; a coordinator the offers located
 * in one of their gemeenten, or online-only offers whose service area lists one (nationwide offers
 * concern every kaart and stay with the beheerder); an aanbieder their own organisation's offers.
 */
export function mayKeep(principal: Principal, offer: Offer): boolean {
  switch (principal.role) {
    case 'beheerder': return true;
    case 'aanbieder': return offer.provider.id === principal.organizationId;
    case 'coordinator': {
      const scope = new Set(principal.gemeenten);
      if (offer.locations.length) return offer.locations.some((location) => scope.has(location.address.gemeenteCode));
      const area = offer.serviceArea;
      return Boolean(area && 'gemeenten' in area && area.gemeenten.some((code) => scope.has(code)));
    }
  }
}

/** The same rule as `mayKeep`, as a condition on the `offers` table. */
export function keepableOffers(principal: Principal) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'offers'>): Expression<SqlBool> => {
    switch (principal.role) {
      case 'beheerder': return sql<boolean>`true`;
      case 'aanbieder': return eb('organization_id', '=', principal.organizationId ?? '');
      case 'coordinator': {
        const scope = sql<string[]>`${principal.gemeenten}::text[]`;
        return eb.or([
          eb('gemeenten', '&&', scope),
          eb.and([eb('has_location', '=', false), eb('service_gemeenten', '&&', scope)]),
        ]);
      }
    }
  };
}
