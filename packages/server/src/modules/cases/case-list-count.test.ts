import { beforeAll, describe, expect, it } from 'vitest';
import { generateBenchData } from '../../../bench/generate.js';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { TOTAL_COUNT_CAP } from './find-cases.js';

const db = setupTestDatabase();
const app = setupTestApp(db);
let manager: Viewer;
const CASES = TOTAL_COUNT_CAP + 50;

beforeAll(async () => {
  await generateBenchData(db.orm, CASES, () => undefined);
  manager = viewerOf(await makePerson(db.orm.em.fork(), ['RELATIONSHIP_MANAGER']));
});

const COUNT = /* GraphQL */ `
  query Count($filter: CaseFilter) {
    cases(first: 1, filter: $filter) {
      totalCount
      totalCountCapped
    }
  }
`;
type CountData = { cases: { totalCount: number; totalCountCapped: boolean } };

const countOf = async (filter: Record<string, unknown> | null) => {
  const result = await app.execute<CountData>(COUNT, { filter }, manager);
  expect(result.errors).toBeUndefined();
  return result.data!.cases;
};

const sqlCount = async (where: string) =>
  Number(
    (
      await db.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ n: string }>>(`select count(*) as n from feedback_case where ${where}`)
    )[0]!.n,
  );

describe('totalCount', () => {
  it(`stops counting at ${TOTAL_COUNT_CAP.toLocaleString('en')} and says so`, async () => {
    expect(await sqlCount('true')).toBe(CASES);
    expect(await countOf(null)).toEqual({ totalCount: TOTAL_COUNT_CAP, totalCountCapped: true });
  });

  it('is exact below the cap, filters applied', async () => {
    const compliments = await sqlCount(`kind = 'COMPLIMENT'`);
    expect(compliments).toBeGreaterThan(1);
    expect(compliments).toBeLessThan(TOTAL_COUNT_CAP);
    expect(await countOf({ kind: 'COMPLIMENT' })).toEqual({ totalCount: compliments, totalCountCapped: false });
  });
});
