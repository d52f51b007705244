import { Float, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { LeadTimeRow } from './lead-time.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { caseConditions, query, type Period } from './report-sql.js';

/** The shares of one lead-time report, counted once on first use (one query for all rows). */
export interface AcknowledgementDelivery {
  shareOf(key: string | null): Promise<number | null>;
  shareOfAll(): Promise<number | null>;
}

/**
 * "Acknowledgement sent within one working day", from the moment the relay actually sent the mail
 * (`outbox_message.sent_at`) against the case's acknowledgement deadline — beside the rollup's
 * "acknowledged" figure, which counts the registration. Counted from the cases and their outbox
 * rows directly (a send happens after the case's own writes, outside the rollups' triggers), so the
 * figure is its own recount; and only when a client asks for it, so the rollup-only reports (and
 * the benchmark) do not pay for it. Cases without an acknowledgement in the outbox (imported
 * history) are left out of both counts.
 */
export function acknowledgementDelivery(
  ctx: RequestContext,
  filter: ReportFilter,
  period: Pick<Period, 'start' | 'end'>,
  groupColumn: string,
): AcknowledgementDelivery {
  let counted: Promise<Map<string | null, { queued: number; sentInTime: number }>> | null = null;
  const count = () => {
    const where = caseConditions({ ...filter, kind: 'COMPLAINT' }, period);
    counted ??= query<{ key: string | null; queued: number; sent_in_time: number }>(
      ctx.em,
      `select c.${groupColumn} as key,
              count(*)::int as queued,
              count(*) filter (where a.sent_at <= c.acknowledgement_due_at)::int as sent_in_time
         from feedback_case c
         join lateral (select min(m.sent_at) as sent_at, count(*) as queued from outbox_message m
                        where m.case_id = c.id and m.template = 'ACKNOWLEDGEMENT') a on a.queued > 0
        where ${where.sql}
        group by 1`,
      where.params,
    ).then((rows) => new Map(rows.map((row) => [row.key, { queued: row.queued, sentInTime: row.sent_in_time }])));
    return counted;
  };
  const share = (parts: Array<{ queued: number; sentInTime: number }>) => {
    const queued = parts.reduce((sum, part) => sum + part.queued, 0);
    return queued === 0 ? null : parts.reduce((sum, part) => sum + part.sentInTime, 0) / queued;
  };
  return {
    shareOf: async (key) => {
      const part = (await count()).get(key);
      return part ? share([part]) : null;
    },
    shareOfAll: async () => share([...(await count()).values()]),
  };
}

/** The lazily counted field on each row of the lead-time report. */
@Resolver(() => LeadTimeRow)
export class LeadTimeRowResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of complaints whose acknowledgement mail was actually sent (outbox send time) by the end of the 1st working day, of those Klankbord queued one for (imported history has none); null when none was queued or the group is suppressed.',
  })
  acknowledgementSentInTime(@Root() row: LeadTimeRow): Promise<number | null> | null {
    return row.acknowledgementSentInTime?.() ?? null;
  }
}
