import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { InputError, type FieldProblem } from '../../shared/errors.js';
import { authorize } from '../auth/authorize.js';
import { PersonalDataRead } from './personal-data-read.entity.js';
import { canReadPersonalDataReads } from './personal-data-reads.policy.js';

/** At most this many records per page. */
export const MAX_PERSONAL_DATA_READS_PAGE = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What to narrow the log to: one case, one person, or one API key (any combination). */
export interface PersonalDataReadFilter {
  caseId: string | null;
  personId: string | null;
  apiKeyId: string | null;
}

/**
 * A page of the personal-data read log, newest first, narrowed by case, reading person or API
 * key; `after` is the `endCursor` of the previous page (asked with the same filter). Administrators only.
 */
export async function findPersonalDataReads({
  ctx,
  first,
  after,
  filter,
}: {
  ctx: RequestContext;
  first: number;
  after: string | null;
  filter: PersonalDataReadFilter;
}): Promise<{ nodes: PersonalDataRead[]; endCursor: string | null; hasNextPage: boolean }> {
  authorize(ctx.viewer, canReadPersonalDataReads, 'read who read personal data');
  const problems: FieldProblem[] = [];
  if (first < 1 || first > MAX_PERSONAL_DATA_READS_PAGE) {
    problems.push({
      field: 'first',
      reason: 'OUT_OF_RANGE',
      message: `Ask for 1 to ${MAX_PERSONAL_DATA_READS_PAGE} records.`,
    });
  }
  if (after !== null && !/^\d{1,18}$/.test(after)) {
    problems.push({ field: 'after', reason: 'INVALID', message: 'Pass an endCursor from an earlier page.' });
  }
  for (const [field, id] of [
    ['caseId', filter.caseId],
    ['personId', filter.personId],
  ] as const) {
    if (id !== null && !UUID.test(id))
      problems.push({ field, reason: 'INVALID', message: 'Pass an id as the API gives it.' });
  }
  if (problems.length) throw new InputError(problems);

  const where: FilterQuery<PersonalDataRead> = {
    ...(after ? { id: { $lt: after } } : {}),
    ...(filter.caseId ? { case: filter.caseId } : {}),
    ...(filter.personId ? { readerPerson: filter.personId } : {}),
    ...(filter.apiKeyId ? { readerApiKeyId: filter.apiKeyId } : {}),
  };
  const rows = await ctx.em.find(PersonalDataRead, where, { orderBy: { id: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  return { nodes, endCursor: nodes.at(-1)?.id ?? null, hasNextPage: rows.length > first };
}
