import type { EntityManager } from '@mikro-orm/postgresql';
import { openStatusSql } from '../../shared/domain-sql.js';

/**
 * The rule that picks the relationship manager of a new case (documented in the README):
 * 1. the relationship manager whose portfolio holds the submitter's organisation unit, when that
 *    person is active and still holds the role;
 * 2. otherwise the active relationship manager with the fewest open cases (ties: oldest account id
 *    order, so the choice is deterministic);
 * 3. no relationship manager at all: the case waits unassigned and shows up in every triage queue.
 */
export async function pickRelationshipManager(
  em: EntityManager,
  organisationUnitId: string | null,
): Promise<string | null> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select p.id
       from person p
       left join organisation_unit u on u.relationship_manager_id = p.id and u.id = ?
       left join feedback_case c on c.relationship_manager_id = p.id
                                 and ${openStatusSql('c.status')}
      where p.active and 'RELATIONSHIP_MANAGER' = any(p.roles)
      group by p.id
      order by bool_or(u.id is not null) desc, count(c.id) asc, p.id asc
      limit 1`,
    [organisationUnitId],
    'all',
    em.getTransactionContext(),
  );
  return rows[0]?.id ?? null;
}
