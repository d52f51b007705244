import { FINISHED_STATUSES } from '@klankbord/domain';

/** One value as an SQL string constant (quotes doubled; the server runs with standard_conforming_strings on). */
const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * A list of the domain's values (statuses, outcomes, …) as an SQL list, `('CLOSED', 'WITHDRAWN')`,
 * so a query states the domain's list instead of a copy of it. Only for the domain's own constants:
 * anything a client sent goes in as a placeholder.
 */
export function sqlList(values: readonly string[]): string {
  // `in ()` is a syntax error; an empty list here is a mistake in the calling code, not in a request.
  if (values.length === 0) throw new TypeError('sqlList needs at least one value');
  return `(${values.map(sqlString).join(', ')})`;
}

/** The same as an SQL array, `array['JUSTIFIED', …]`, for picking one of the domain's values in SQL. */
export function sqlArray(values: readonly string[]): string {
  if (values.length === 0) throw new TypeError('sqlArray needs at least one value');
  return `array[${values.map(sqlString).join(', ')}]`;
}

/**
 * SQL that holds when the case status in `column` is open (`isOpenStatus`). Written as
 * `not in (<finished statuses>)`, the form the partial index on open cases (migration `case-rollup`)
 * is declared in, so the planner can match the two.
 */
export const openStatusSql = (column: string): string => `${column} not in ${sqlList(FINISHED_STATUSES)}`;
