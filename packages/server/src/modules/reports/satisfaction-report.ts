import { SATISFACTION_SCORES } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import { caseConditions, periodBuckets, periodOf, query } from './report-sql.js';
import type { SatisfactionReport, SatisfactionRow } from './satisfaction-report.type.js';

interface Row {
  service_id: string | null;
  service: string | null;
  service_nl: string | null;
  complaint_type_id: string | null;
  complaint_type: string | null;
  complaint_type_nl: string | null;
  bucket: string;
  asked: number;
  answered: number;
  score_sum: number;
  /** Answers per score, 1 to 5. */
  scores: number[];
}

/** Counts that add up per group: questions, answers, the sum of scores and answers per score. */
interface Tally {
  asked: number;
  answered: number;
  scoreSum: number;
  scores: number[];
}

const emptyTally = (): Tally => ({ asked: 0, answered: 0, scoreSum: 0, scores: SATISFACTION_SCORES.map(() => 0) });

function add(tally: Tally, row: Row): void {
  tally.asked += row.asked;
  tally.answered += row.answered;
  tally.scoreSum += row.score_sum;
  row.scores.forEach((count, i) => (tally.scores[i]! += count));
}

/**
 * Satisfaction after closure (see the `SatisfactionReport` type): the questions asked in the
 * filter's period — bucketed by when the outcome was sent — narrowed by the filter's kind,
 * services, complaint types and units, with their answers. Read straight from
 * `satisfaction_request` (one row per complaint asked), not from the rollups.
 */
export async function satisfactionReport({
  ctx,
  filter,
}: {
  ctx: RequestContext;
  filter: ReportFilter;
}): Promise<SatisfactionReport> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  const buckets = periodBuckets(period);
  const classification = caseConditions(filter, null, 'c');
  const unit = period.bucket.toLowerCase();
  const [settings, rows] = await Promise.all([
    ctx.loaders.settings(),
    query<Row>(
      ctx.em,
      `select x.*, s.name as service, s.name_nl as service_nl, t.name as complaint_type, t.name_nl as complaint_type_nl
         from (select c.service_id, c.complaint_type_id,
                      to_char(date_trunc('${unit}', q.asked_at at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD') as bucket,
                      count(*)::int as asked, count(q.answered_at)::int as answered,
                      coalesce(sum(q.score), 0)::int as score_sum,
                      array[${SATISFACTION_SCORES.map((s) => `count(*) filter (where q.score = ${s})::int`).join(', ')}] as scores
                 from satisfaction_request q
                 join feedback_case c on c.id = q.case_id
                where q.asked_at >= ? and q.asked_at < ? and ${classification.sql}
                group by 1, 2, 3) x
         left join service s on s.id = x.service_id
         left join complaint_type t on t.id = x.complaint_type_id`,
      [period.start, period.end, ...classification.params],
    ),
  ]);
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  const mean = (t: Tally) => (t.answered === 0 ? null : t.scoreSum / t.answered);
  /** A mean score shown only when enough answered that it says nothing about one person. */
  const safeMean = (t: Tally) => (cells.hides(t.answered) ? null : mean(t));

  const total = emptyTally();
  const perBucket = buckets.map(emptyTally);
  for (const row of rows) {
    add(total, row);
    const index = buckets.indexOf(row.bucket);
    if (index >= 0) add(perBucket[index]!, row);
  }

  const rowsBy = (key: (r: Row) => string | null, label: (r: Row) => [string | null, string | null]) => {
    const groups = new Map<
      string,
      { key: string | null; label: string; labelNl: string; all: Tally; buckets: Tally[] }
    >();
    for (const row of rows) {
      const id = key(row) ?? 'none';
      let group = groups.get(id);
      if (!group) {
        const [en, nl] = label(row);
        group = {
          key: key(row),
          label: en ?? 'Not set',
          labelNl: nl ?? 'Niet ingevuld',
          all: emptyTally(),
          buckets: buckets.map(emptyTally),
        };
        groups.set(id, group);
      }
      add(group.all, row);
      const index = buckets.indexOf(row.bucket);
      if (index >= 0) add(group.buckets[index]!, row);
    }
    return [...groups.values()]
      .sort((a, b) => b.all.asked - a.all.asked || a.label.localeCompare(b.label))
      .map((g): SatisfactionRow => {
        const asked = cells.cell(g.all.asked);
        const answered = cells.cell(g.all.answered);
        return {
          key: g.key,
          label: g.label,
          labelNl: g.labelNl,
          asked,
          answered,
          responseRate: asked === null || answered === null || asked === 0 ? null : answered / asked,
          averageScore: answered === null ? null : mean(g.all),
          averageByBucket: g.buckets.map((t) => {
            if (cells.hides(t.answered)) cells.suppressed++;
            return safeMean(t);
          }),
        };
      });
  };

  const byService = rowsBy(
    (r) => r.service_id,
    (r) => [r.service, r.service_nl],
  );
  const byComplaintType = rowsBy(
    (r) => r.complaint_type_id,
    (r) => [r.complaint_type, r.complaint_type_nl],
  );
  const csvRows = (dimension: string, list: SatisfactionRow[]) =>
    list.map((r) => [dimension, r.label, r.asked, r.answered, r.responseRate, r.averageScore]);
  return {
    buckets,
    askedByBucket: perBucket.map((t) => t.asked),
    answeredByBucket: perBucket.map((t) => t.answered),
    averageByBucket: perBucket.map((t) => {
      if (cells.hides(t.answered)) cells.suppressed++;
      return safeMean(t);
    }),
    asked: total.asked,
    answered: total.answered,
    responseRate: total.asked === 0 ? null : total.answered / total.asked,
    // Even the total's mean: a handful of answers in a narrow filter would tell one person's score.
    averageScore: (() => {
      if (cells.hides(total.answered)) cells.suppressed++;
      return safeMean(total);
    })(),
    scoreCounts: total.scores.map((count) => cells.cell(count)),
    byService,
    byComplaintType,
    suppressedCells: cells.suppressed,
    csv: toCsv(
      ['dimension', 'name', 'asked', 'answered', 'response rate', 'average score'],
      [...csvRows('service', byService), ...csvRows('complaint type', byComplaintType)],
    ),
  };
}
