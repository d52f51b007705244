import { describe, expect, it } from 'vitest';
import { resolutionDeadline, WorkingDayCalendar } from '@klankbord/domain';
import { planDemoHistory, type DemoWorld } from './demo-plan.js';

const calendar = new WorkingDayCalendar({ liberationDayIsHoliday: false });
const until = new Date('2026-06-15T10:00:00Z');

const world: DemoWorld = {
  services: ['WORKPLACE', 'TELEPHONY', 'NETWORK', 'SERVICE_DESK'].map((code) => ({
    id: `service-${code}`,
    code,
    nameNl: code,
  })),
  types: ['LEAD_TIME', 'REACHABILITY', 'AVAILABILITY', 'TREATMENT', 'COMMUNICATION'].map((code) => ({
    id: `type-${code}`,
    code,
    versionId: `version-${code}`,
    leadTimeWorkingDays: code === 'AVAILABILITY' ? 3 : 5,
  })),
  units: [
    { id: 'unit-a', relationshipManagerId: 'manager-a' },
    { id: 'unit-b', relationshipManagerId: null },
  ],
  handlerIds: ['handler-1', 'handler-2'],
  relationshipManagerIds: ['manager-a'],
  demoSubmitters: [
    {
      id: 'submitter-1',
      displayName: 'Sanne Smit',
      phone: '+31612345678',
      email: 'sanne@example.test',
      unitId: 'unit-a',
    },
  ],
};

const plan = (seed: number, days = 200) => planDemoHistory(world, calendar, { seed, until, days, perWorkingDay: 5 });

describe('the demo plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(plan(3)).toEqual(plan(3));
    expect(plan(4).cases.map((c) => c.receivedAt)).not.toEqual(plan(3).cases.map((c) => c.receivedAt));
  });

  it('plans every step after receipt, in time order, and nothing after the history ends', () => {
    const { cases } = plan(3);
    expect(cases.length).toBeGreaterThan(500);
    for (const c of cases) {
      const times = [c.receivedAt, ...c.steps.map((s) => s.at)].map((d) => d.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(c.acknowledgedAt.getTime()).toBeGreaterThanOrEqual(c.receivedAt.getTime());
      expect(Math.max(...times)).toBeLessThanOrEqual(until.getTime());
    }
  });

  it('agrees an extension before the work is done, and tells a quarter of those submitters late', () => {
    const extended = plan(3, 700).cases.filter((c) => c.steps.some((s) => s.act.action === 'EXTEND_DEADLINE'));
    expect(extended.length).toBeGreaterThan(20);
    let late = 0;
    for (const c of extended) {
      const actions = c.steps.map((s) => s.act.action);
      const resolved = actions.indexOf('RESOLVE');
      if (resolved >= 0) expect(actions.indexOf('EXTEND_DEADLINE')).toBeLessThan(resolved);
      const extension = c.steps.find((s) => s.act.action === 'EXTEND_DEADLINE')!.act;
      if (
        extension.action === 'EXTEND_DEADLINE' &&
        extension.submitterInformedAt >
          resolutionDeadline(c.receivedAt, c.type?.leadTimeWorkingDays ?? 5, calendar).dueAt
      )
        late++;
    }
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(extended.length);
  });

  it('plants the recurring telephony reachability complaints of the last eight weeks', () => {
    const { cases } = plan(3, 400);
    const isSpike = (c: (typeof cases)[number]) =>
      c.serviceId === 'service-TELEPHONY' && c.type?.code === 'REACHABILITY';
    const recent = cases.filter((c) => c.receivedAt.getTime() > until.getTime() - 56 * 86_400_000);
    const before = cases.filter((c) => c.receivedAt.getTime() <= until.getTime() - 56 * 86_400_000);
    const share = (list: typeof cases) => list.filter(isSpike).length / list.length;
    expect(share(recent)).toBeGreaterThan(2 * share(before));
  });
});
