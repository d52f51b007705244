import type { EntityManager } from '@mikro-orm/postgresql';

/** People who may be given new cases: active, with the relationship-manager role (a partial index). */
const ACTIVE_MANAGER = `p.active and 'RELATIONSHIP_MANAGER' = any(p.roles)`;

/**
 * The rule that picks the relationship manager of a new case (documented in the README):
 * 1. the relationship manager whose portfolio holds the submitter's organisation unit, when that
 *    person is active and still holds the role;
 * 2. otherwise the active relationship manager with the fewest open cases (ties: oldest account id
 *    order, so the choice is deterministic);
 * 3. no relationship manager at all: the case waits unassigned and shows up in every triage queue.
 *
 * Open cases come from `relationship_manager_load` (one row per manager, kept by triggers on
 * `feedback_case`), so the pick costs the same at 1,000 or 10,000,000 cases.
 *
 * Step 1 locks nothing (the rule does not weigh that manager's load, and submissions of one unit
 * need not queue for one another), so intake asks it first, before any transaction: when it answers,
 * the case is filed by one statement that is its own transaction. Step 2 must run inside the intake
 * transaction, before the registration number is taken: it locks the picked person's row (`for no
 * key update`, which does not block foreign keys to that person) until the transaction ends, when
 * the new case is in the load: concurrent submissions skip managers that another submission is
 * still placing a case with, so a burst spreads over the managers as the rule would have spread it
 * one by one, instead of all reading the same counts and piling onto one. Only when every manager is
 * being given a case does a submission wait for the least-loaded one.
 *
 * Locks are taken in one order — person (step 2), registration counter, then load rows (the
 * insert's trigger, after the counter) — and case changes take only load rows, so intake, import and
 * case changes cannot deadlock one another.
 */
const pick = async (em: EntityManager, sql: string, params: unknown[]) =>
  (await em.getConnection().execute<{ id: string }[]>(sql, params, 'all', em.getTransactionContext()))[0]?.id ?? null;

/** Step 1: the active relationship manager whose portfolio holds the unit, if any. Locks nothing. */
export async function portfolioManager(em: EntityManager, organisationUnitId: string | null): Promise<string | null> {
  if (!organisationUnitId) return null;
  return pick(
    em,
    `select p.id
       from organisation_unit u
       join person p on p.id = u.relationship_manager_id
      where u.id = ? and ${ACTIVE_MANAGER}`,
    [organisationUnitId],
  );
}

/**
 * Steps 2 and 3: the active relationship manager with the fewest open cases, locked until the
 * transaction ends (null: nobody holds the role). Must run inside the intake transaction.
 */
export async function leastLoadedManager(em: EntityManager): Promise<string | null> {
  const fewestOpenCases = (lock: string) =>
    pick(
      em,
      `select p.id
         from person p
         left join relationship_manager_load l on l.person_id = p.id
        where ${ACTIVE_MANAGER}
        order by coalesce(l.open_cases, 0) asc, p.id asc
        limit 1
          for no key update of p ${lock}`,
      [],
    );
  return (await fewestOpenCases('skip locked')) ?? (await fewestOpenCases(''));
}
