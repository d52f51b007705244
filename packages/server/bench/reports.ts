import type pg from 'pg';
import { floorStatements } from './floors.js';
import type { GraphqlClient } from './graphql-client.js';
import { interleavedLatency, say, type LatencyResult } from './measure.js';
import { sampleRss, type ChildServer } from './server-process.js';

/**
 * The reports and the dashboard bundle (five reports in one operation) over a one-year period with
 * month buckets, each against its floor in `floors.ts`; then more report queries until the server
 * has answered `total`, for its memory figure.
 */
const TREND = `query Bench($f: ReportFilter!) { volumeTrend(filter: $f) { buckets received total byComplaintType { key counts total } byService { key counts total } } }`;
const RECURRING = `query Bench($f: ReportFilter!) { recurringComplaintTypes(filter: $f) { types { complaintTypeId currentCount qValue flagged } } }`;
const LEAD = `query Bench($f: ReportFilter!) { leadTimePerformance(filter: $f) { total { cases medianWorkingDays p90WorkingDays } rows { key cases medianWorkingDays } } }`;
const COMPLIMENTS = `query Bench($f: ReportFilter!) { compliments(filter: $f) { total byService { key compliments complaints } } }`;
const OUTCOMES = `query Bench($f: ReportFilter!) { outcomes(filter: $f) { complaints { outcome count } suggestionsAdopted } }`;
const BUNDLE = `query Bench($f: ReportFilter!, $c: ReportFilter!) {
  volumeTrend(filter: $f) { total buckets received byComplaintType { key counts } }
  recurringComplaintTypes(filter: $c) { types { complaintTypeId flagged } }
  leadTimePerformance(filter: $c) { total { cases medianWorkingDays } }
  compliments(filter: $f) { total }
  outcomes(filter: $f) { complaints { outcome count } }
}`;

const filter = (kind: string | null) => {
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), bucket: 'MONTH', kind };
};

export interface ReportRow {
  report: string;
  http: LatencyResult;
  floor: LatencyResult;
  sql: string;
}

export async function measureReports({
  ours,
  floorPool,
  server,
  rounds,
  total,
  sqlPerRequest,
}: {
  ours: GraphqlClient;
  floorPool: pg.Pool;
  server: ChildServer;
  rounds: { rounds: number; perRound: number };
  total: number;
  sqlPerRequest: (n: number, run: () => Promise<unknown>) => Promise<string>;
}): Promise<{ rows: ReportRow[]; memory: { peak: number; end: number } }> {
  const all = filter(null);
  const complaints = filter('COMPLAINT');
  const floors = floorStatements(all.from, all.to, new Date());
  const reports: Array<[string, string, Record<string, unknown>]> = [
    ['volumeTrend', TREND, { f: all }],
    ['recurringComplaintTypes', RECURRING, { f: complaints }],
    ['leadTimePerformance', LEAD, { f: complaints }],
    ['compliments', COMPLIMENTS, { f: all }],
    ['outcomes', OUTCOMES, { f: all }],
    ['dashboard bundle', BUNDLE, { f: all, c: complaints }],
  ];
  let answered = 0;
  const ask = (query: string, variables: Record<string, unknown>) => ours.must(query, variables).then(() => answered++);

  const rows: ReportRow[] = [];
  const rss = sampleRss(server.pid);
  for (const [report, query, variables] of reports) {
    const [http, floor] = await interleavedLatency(
      report,
      [
        { label: report, run: () => ask(query, variables) },
        { label: `${report} floor`, run: () => floorPool.query(floors[report]!) },
      ],
      rounds,
    );
    const sql = await sqlPerRequest(10, () => ask(query, variables));
    rows.push({ report, http: http!, floor: floor!, sql });
  }
  say(`  ${Math.max(0, total - answered)} more report queries at c=8 (RSS after ${total.toLocaleString('en')})…`);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (answered < total) {
        const [, query, variables] = reports[next++ % reports.length]!;
        await ask(query, variables);
        if (answered % 500 === 0) process.stderr.write(`\r  … ${answered} report queries   `);
      }
    }),
  );
  process.stderr.write('\n');
  return { rows, memory: rss.stop() };
}
