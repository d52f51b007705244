import type { EntityManager } from '@mikro-orm/postgresql';

/** The tables relays claim rows of, each with `attempts`, `lease_until` and `lease_token` columns. */
export type LeasedTable = 'outbox_message' | 'webhook_delivery';

/**
 * Hands rows a relay claimed back at once (a graceful stop), without counting the attempt: only
 * those this claim (`token`) still holds.
 */
export async function releaseClaims(
  em: EntityManager,
  table: LeasedTable,
  ids: string[],
  token: string,
): Promise<void> {
  if (ids.length === 0) return;
  await em
    .getConnection()
    .execute(
      `update ${table} set lease_until = null, lease_token = null, attempts = attempts - 1 where id in (?) and lease_token = ?`,
      [ids, token],
    );
}
