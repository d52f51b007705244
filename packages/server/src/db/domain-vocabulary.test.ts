import { CASE_KINDS, CASE_OUTCOMES, CASE_STATUSES, FINISHED_STATUSES, MEASURE_STATUSES } from '@klankbord/domain';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { CHANNELS } from '../modules/cases/case-enums.js';
import { MESSAGE_LOCALES, MESSAGE_RECIPIENTS, OUTBOX_TEMPLATES } from '../modules/outbox/outbox-message.entity.js';
import { LANGUAGES, RELATIONSHIP_MANAGER_SCOPES } from '../modules/settings/organisation-settings.entity.js';
import { LEAD_TIME_GROUPINGS } from '../modules/reports/lead-time.type.js';
import { openStatusSql } from '../shared/domain-sql.js';

/**
 * Migrations are history: the lists they wrote into the schema (check constraints, the partial
 * index on open cases, the rollup's outcome columns) are not rendered from the domain at run time.
 * These tests compare what the migrated database holds with the lists it must match, so a status,
 * outcome or kind added to the domain without a migration fails here, naming the table and column.
 */
const db = setupTestDatabase();
const sql = <T extends object>(text: string) => db.orm.em.fork().getConnection().execute<T[]>(text, [], 'all');
/** The quoted constants of an SQL expression, in order: `ARRAY['CLOSED'::text, …]` → ['CLOSED', …]. */
const constants = (expression: string) =>
  [...expression.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"));
const sorted = (values: readonly string[]) => [...values].sort();

/** Every `column in (…)` check constraint of the schema and the list it must hold. */
const CHECKED_COLUMNS: Record<string, readonly string[]> = {
  'feedback_case.kind': CASE_KINDS,
  'feedback_case.status': CASE_STATUSES,
  'feedback_case.outcome': CASE_OUTCOMES,
  'feedback_case.channel': CHANNELS,
  'case_event.from_status': CASE_STATUSES,
  'case_event.to_status': CASE_STATUSES,
  'preventive_measure.status': MEASURE_STATUSES,
  'measure_event.from_status': MEASURE_STATUSES,
  'measure_event.to_status': MEASURE_STATUSES,
  'organisation_settings.relationship_manager_scope': RELATIONSHIP_MANAGER_SCOPES,
  'organisation_settings.default_language': LANGUAGES,
  'outbox_message.template': OUTBOX_TEMPLATES,
  'outbox_message.locale': MESSAGE_LOCALES,
  'outbox_message.recipient': MESSAGE_RECIPIENTS,
  // The rollups' own keys (see migration `case-rollup` and `report-sql.ts`), no domain vocabulary.
  'case_rollup.grain': ['day', 'week', 'month'],
  'case_rollup.measure': ['RECEIVED', 'DONE'],
  'lead_time_rollup.grain': ['day', 'week', 'month'],
  ...Object.fromEntries(
    ['case_kind_rollup', 'case_unit_rollup', 'case_class_rollup'].flatMap((table) => [
      [`${table}.grain`, ['day', 'week', 'month']],
      [`${table}.measure`, ['RECEIVED', 'DONE']],
    ]),
  ),
  'lead_time_group_rollup.grain': ['day', 'week', 'month'],
  'lead_time_group_rollup.group_by': LEAD_TIME_GROUPINGS,
};

describe('the schema holds the domain’s lists', () => {
  it('allows in each checked column exactly the values of its list', async () => {
    const rows = await sql<{ table: string; definition: string }>(
      `select conrelid::regclass::text as table, pg_get_constraintdef(oid) as definition
         from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace`,
    );
    const checked: Record<string, string[]> = {};
    for (const row of rows) {
      const column = /^CHECK \(\((\w+) = ANY \(ARRAY\[/.exec(row.definition)?.[1];
      if (column) checked[`${row.table}.${column}`] = sorted(constants(row.definition));
    }
    expect(checked).toEqual(
      Object.fromEntries(Object.entries(CHECKED_COLUMNS).map(([column, values]) => [column, sorted(values)])),
    );
  });

  it('declares the partial index on open cases with the domain’s finished statuses, in the form the reports query', async () => {
    const [index] = await sql<{ predicate: string }>(
      `select pg_get_expr(indpred, indrelid) as predicate from pg_index where indexrelid = 'feedback_case_open_received_at_index'::regclass`,
    );
    expect(index?.predicate).toMatch(/^\(\(status <> ALL \(ARRAY\[.*\]\)\) AND \(resolved_at IS NULL\)\)$/);
    expect(constants(index!.predicate)).toEqual([...FINISHED_STATUSES]);
    expect(openStatusSql('status')).toMatch(/^status not in \(/);
  });

  it('keeps a count per domain outcome in the case rollup and its facts function', async () => {
    const outcomeColumns = (rows: Array<{ name: string }>) =>
      rows.map((r) => r.name).filter((name) => name.startsWith('outcome_'));
    const expected = CASE_OUTCOMES.map((o) => `outcome_${o.toLowerCase()}`);
    const table = await sql<{ name: string }>(
      `select column_name as name from information_schema.columns where table_name = 'case_rollup' order by ordinal_position`,
    );
    expect(outcomeColumns(table)).toEqual(expected);
    const [facts] = await sql<{ names: string[]; source: string }>(
      `select proargnames as names, prosrc as source from pg_proc where proname = 'case_rollup_facts'`,
    );
    expect(outcomeColumns(facts!.names.map((name) => ({ name })))).toEqual(expected);
    expect([...facts!.source.matchAll(/outcome is not distinct from '(\w+)'/g)].map((m) => m[1])).toEqual([
      ...CASE_OUTCOMES,
    ]);
  });
});
