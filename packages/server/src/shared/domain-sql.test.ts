import { FINISHED_STATUSES } from '@klankbord/domain';
import { describe, expect, it } from 'vitest';
import { openStatusSql, sqlList } from './domain-sql.js';

describe('domain lists as SQL', () => {
  it('quotes every value as a string constant, doubling quotes', () => {
    expect(sqlList(['CLOSED', 'WITHDRAWN'])).toBe("('CLOSED', 'WITHDRAWN')");
    expect(sqlList(["O'BRIEN"])).toBe("('O''BRIEN')");
  });

  it('refuses an empty list rather than writing `in ()`', () => {
    expect(() => sqlList([])).toThrow(TypeError);
  });

  it('reads "open" as not one of the finished statuses', () => {
    expect(openStatusSql('c.status')).toBe(`c.status not in (${FINISHED_STATUSES.map((s) => `'${s}'`).join(', ')})`);
  });
});
