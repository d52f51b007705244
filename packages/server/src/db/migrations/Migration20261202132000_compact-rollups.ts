import { Migration } from '@mikro-orm/migrations';
import {
  CASE_COUNTS,
  CASE_KEY,
  CASE_FACT_COLUMNS,
  LEAD_TIME_COUNTS,
  LEAD_TIME_FACT_COLUMNS,
  ORIGINAL_APPLY,
  ORIGINAL_ROLLUPS,
  call,
  rollupApplyFunction,
  rollupClearFunction,
  signedFacts,
  upsertSigned,
  type MaintainedRollup,
} from './Migration20261201220000_case-rollup.js';

/**
 * Compact rollups: the same facts as `case_rollup` and `lead_time_rollup`, keyed only by what a
 * report groups by, so a report that is not filtered on the other classifications reads a fraction
 * of the rows. `case_rollup` holds every combination of kind, service, complaint type and unit per
 * day (448 cells a day with the reference data, nearly all filled from about 1M cases on, so it is
 * about as big as the cases themselves); these hold:
 *
 * - `case_kind_rollup`: per kind (3 cells a day): totals, outcomes, resolved per bucket;
 * - `case_unit_rollup`: per kind and organisation unit (compliments per unit);
 * - `case_class_rollup`: per kind, service and complaint type, without the unit (the trend, recurring types);
 * - `lead_time_group_rollup`: complaints' lead-time facts per complaint type, per service and per
 *   relationship manager (`group_by` says which), and per lead time in working days — the three
 *   groupings of the lead-time report, instead of their product.
 *
 * They are kept by the same statement triggers, in the same transaction, from the same fact
 * functions (`case_rollup_facts`, `lead_time_facts`), and start from the rollups already there.
 * The trigger function is rewritten so that six rollups cost a write no more than two did: each
 * fact function runs once per write for all its rollups, in static statements whose plans are kept
 * (measured on 1M cases: one-row insert plus update 11.7 ms against 12.9 ms for the two-rollup
 * function it replaces, and 34 ms for six rollups the old way; interleaved, a loaded machine).
 *
 * What the reports still read from the cases — the open ones, whose age and lateness depend on now —
 * is answered from the partial index on open cases alone: it now carries every column those reads
 * use, so they are index-only scans instead of a heap fetch per open case scattered over the table.
 */
const CASE_DIMENSIONS = ['service_id', 'complaint_type_id', 'organisation_unit_id'];
const CASE_FACTS = call('case_rollup_facts', CASE_FACT_COLUMNS, 'x');

/** Compact case rollups: `case_rollup`'s key without the classifications they leave out. */
const COMPACT_CASE_ROLLUPS: MaintainedRollup[] = [
  { table: 'case_kind_rollup', dimensions: [] },
  { table: 'case_unit_rollup', dimensions: ['organisation_unit_id'] },
  { table: 'case_class_rollup', dimensions: ['service_id', 'complaint_type_id'] },
].map(({ table, dimensions }) => ({
  table,
  facts: CASE_FACTS,
  key: CASE_KEY.filter((k) => !CASE_DIMENSIONS.includes(k) || dimensions.includes(k)),
  counts: CASE_COUNTS,
}));

/** The lead-time report's groupings (its `LeadTimeGrouping` values) and the fact each one groups by. */
const LEAD_TIME_GROUPS = [
  ['COMPLAINT_TYPE', 'complaint_type_id'],
  ['SERVICE', 'service_id'],
  ['RELATIONSHIP_MANAGER', 'relationship_manager_id'],
] as const;
const LEAD_TIME_GROUP_KEY = ['group_by', 'grain', 'period_start', 'group_id', 'resolution_working_days'];
/** One complaint's lead-time facts once per grouping, keyed by that grouping's id (and signed, with `signed`). */
const leadTimeGroupFacts = (facts: string, signed = false) =>
  `(select ${signed ? 'l.sign, ' : ''}d.group_by, l.grain, l.period_start, d.group_id, l.resolution_working_days, ${LEAD_TIME_COUNTS.map((c) => `l.${c}`).join(', ')}
      from ${facts} l
     cross join lateral (values ${LEAD_TIME_GROUPS.map(([group, column]) => `('${group}', l.${column})`).join(', ')}) d(group_by, group_id))`;
const LEAD_TIME_GROUP_ROLLUP: MaintainedRollup = {
  table: 'lead_time_group_rollup',
  facts: leadTimeGroupFacts(call('lead_time_facts', LEAD_TIME_FACT_COLUMNS, 'x')),
  key: LEAD_TIME_GROUP_KEY,
  counts: LEAD_TIME_COUNTS,
};

const COLUMN_TYPES: Record<string, string> = {
  measure: `text not null check ("measure" in ('RECEIVED', 'DONE'))`,
  grain: `text not null check ("grain" in ('day', 'week', 'month'))`,
  period_start: 'date not null',
  kind: 'text not null',
  service_id: 'uuid null',
  complaint_type_id: 'uuid null',
  organisation_unit_id: 'uuid null',
  group_by: `text not null check ("group_by" in (${LEAD_TIME_GROUPS.map(([group]) => `'${group}'`).join(', ')}))`,
  group_id: 'uuid null',
  resolution_working_days: 'int null',
};

const createTable = ({ table, key, counts }: MaintainedRollup) => `create table "${table}" (
      ${key.map((k) => `"${k}" ${COLUMN_TYPES[k]}`).join(', ')},
      ${counts.map((c) => `"${c}" int not null`).join(', ')},
      constraint "${table}_key" unique nulls not distinct (${key.join(', ')})
    );`;

/** Sums of `source` per `key`, leaving out cells that add up to nothing. */
const summed = ({ key, counts }: MaintainedRollup, source: string) =>
  `select ${key.join(', ')}, ${counts.map((c) => `sum(${c})::int as ${c}`).join(', ')} from ${source} s
    group by ${key.join(', ')} having ${counts.map((c) => `sum(${c}) <> 0`).join(' or ')}`;

/** The columns the reports read of open cases (volume-trend.ts, lead-time-performance.ts), besides `received_at`. */
const OPEN_CASE_COLUMNS = [
  'kind',
  'service_id',
  'complaint_type_id',
  'organisation_unit_id',
  'relationship_manager_id',
  'resolution_due_at',
  'lead_time_working_days',
];
/** Rebuilds the partial index on open cases with `include`, keeping the predicate it has (the domain's open statuses). */
const rebuildOpenCaseIndex = (include: string[]) => `do $$ declare predicate text; begin
      select pg_get_expr(indpred, indrelid) into predicate from pg_index where indexrelid = 'feedback_case_open_received_at_index'::regclass;
      drop index feedback_case_open_received_at_index;
      execute format('create index feedback_case_open_received_at_index on feedback_case (received_at) ${include.length ? `include (${include.join(', ')})` : ''} where %s', predicate);
    end $$;`;

/**
 * One statement per fact function for the trigger: the changed rows' facts are computed once
 * (`materialized`) and summed into every rollup that counts them — instead of one statement, one
 * planning and one facts computation per rollup. Every writer runs the same upserts in the same
 * order, each over its keys sorted, so concurrent writers lock rollup rows alike.
 */
const applyShared = (facts: string, rollups: Array<{ rollup: MaintainedRollup; source: string }>, derived = '') => {
  const upserts = rollups.map(({ rollup: { table, key, counts }, source }) => upsertSigned(table, source, key, counts));
  // The last upsert is the statement itself, the others are its data-modifying CTEs.
  return `with facts as materialized ${signedFacts(facts)}${derived}${upserts
    .slice(0, -1)
    .map((upsert, i) => `, upsert${i} as (${upsert})`)
    .join('')} ${upserts.at(-1)}`;
};
const [CASE_ROLLUP, LEAD_TIME_ROLLUP] = ORIGINAL_ROLLUPS as [MaintainedRollup, MaintainedRollup];
const APPLY_ALL = [
  applyShared(
    CASE_FACTS,
    [CASE_ROLLUP, ...COMPACT_CASE_ROLLUPS].map((rollup) => ({ rollup, source: 'facts' })),
  ),
  applyShared(
    call('lead_time_facts', LEAD_TIME_FACT_COLUMNS, 'x'),
    [
      { rollup: LEAD_TIME_ROLLUP, source: 'facts' },
      { rollup: LEAD_TIME_GROUP_ROLLUP, source: 'grouped' },
    ],
    `, grouped as ${leadTimeGroupFacts('facts', true)}`,
  ),
];

/** The changed rows of each trigger event, signed: +1 for new rows, -1 for old ones. */
const CHANGED_ROWS = {
  INSERT: 'select 1 as sign, n.* from new_rows n',
  DELETE: 'select -1 as sign, o.* from old_rows o',
  UPDATE: 'select 1 as sign, n.* from new_rows n union all select -1, o.* from old_rows o',
};

/**
 * `case_rollup_apply()` with `statements` written out per trigger event instead of run through
 * `execute format(…)`: static statements are planned once per session and their plans kept, where
 * an `execute` plans its statement anew on every write.
 */
const staticApplyFunction = (statements: string[]) => `case_rollup_apply() returns trigger language plpgsql as $$
      begin
        ${Object.entries(CHANGED_ROWS)
          .map(
            ([event, rows], i) =>
              `${i === 0 ? 'if' : 'elsif'} tg_op = '${event}' then
          ${statements.map((statement) => `${statement.replaceAll('%1$s', rows)};`).join('\n          ')}`,
          )
          .join('\n        ')}
        end if;
        return null;
      end $$;`;

const LEAD_TIME_ROLLUP_AS_FACTS = leadTimeGroupFacts('lead_time_rollup');

export class Migration20261202132000_CompactRollups extends Migration {
  override async up(): Promise<void> {
    const rollups = [...COMPACT_CASE_ROLLUPS, LEAD_TIME_GROUP_ROLLUP];
    for (const rollup of rollups) this.addSql(createTable(rollup));
    // From scratch, for the tests (see case-rollup.test.ts); the same facts as the triggers apply.
    for (const rollup of COMPACT_CASE_ROLLUPS)
      this.addSql(`create view ${rollup.table}_recount as ${summed(rollup, 'case_rollup_recount')};`);
    this.addSql(
      `create view lead_time_group_rollup_recount as ${summed(LEAD_TIME_GROUP_ROLLUP, leadTimeGroupFacts('lead_time_rollup_recount'))};`,
    );
    // From the rollups already there, which hold the same facts at a finer key (cheaper than a recount of every case).
    for (const rollup of COMPACT_CASE_ROLLUPS)
      this.addSql(
        `insert into ${rollup.table} (${[...rollup.key, ...rollup.counts].join(', ')}) ${summed(rollup, 'case_rollup')};`,
      );
    this.addSql(
      `insert into lead_time_group_rollup (${[...LEAD_TIME_GROUP_KEY, ...LEAD_TIME_COUNTS].join(', ')}) ${summed(LEAD_TIME_GROUP_ROLLUP, LEAD_TIME_ROLLUP_AS_FACTS)};`,
    );
    // The trigger functions now keep these too, in the same statement as the write.
    this.addSql(`create or replace function ${staticApplyFunction(APPLY_ALL)}`);
    this.addSql(`create or replace function ${rollupClearFunction([...ORIGINAL_ROLLUPS, ...rollups])}`);
    this.addSql(rebuildOpenCaseIndex(OPEN_CASE_COLUMNS));
  }

  override async down(): Promise<void> {
    this.addSql(rebuildOpenCaseIndex([]));
    this.addSql(`create or replace function ${rollupApplyFunction(ORIGINAL_APPLY)}`);
    this.addSql(`create or replace function ${rollupClearFunction(ORIGINAL_ROLLUPS)}`);
    for (const { table } of [...COMPACT_CASE_ROLLUPS, LEAD_TIME_GROUP_ROLLUP]) {
      this.addSql(`drop view if exists ${table}_recount;`);
      this.addSql(`drop table if exists "${table}";`);
    }
  }
}
