import { describe, expect, it } from 'vitest';
import { acknowledgementDeadline, computeDeadline, explainDeadline, resolutionDeadline } from './deadline.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const calendar = new WorkingDayCalendar({ liberationDayIsHoliday: false });
const at = (iso: string) => new Date(iso);

describe('deadlines in working days, Europe/Amsterdam', () => {
  it("received Friday 2026-04-24, King's Day Monday the 27th → acknowledgement due end of Tue 28 Apr", () => {
    const deadline = acknowledgementDeadline(at('2026-04-24T10:00:00Z'), calendar);
    expect(deadline.dueDate).toBe('2026-04-28');
    expect(deadline.dueAt.toISOString()).toBe('2026-04-28T21:59:59.999Z'); // 23:59:59.999 CEST
    expect(deadline.skipped.map((d) => [d.date, d.label])).toEqual([
      ['2026-04-25', 'weekend'],
      ['2026-04-26', 'weekend'],
      ['2026-04-27', "King's Day"],
    ]);
  });

  it('received Thursday 2026-04-02 before Good Friday and Easter Monday → 5 working days (7–10 Apr, then 13 Apr) end on Mon 13 Apr', () => {
    const deadline = resolutionDeadline(at('2026-04-02T09:00:00Z'), 5, calendar);
    expect(deadline.dueDate).toBe('2026-04-13');
    expect(deadline.skipped.filter((d) => d.kind === 'holiday').map((d) => d.label)).toEqual([
      'Good Friday',
      'Easter Monday',
    ]);
  });

  it('received Wednesday 2026-05-13 before Ascension Day (Thu 14 May) → 1 working day is Fri 15 May', () => {
    expect(acknowledgementDeadline(at('2026-05-13T12:00:00Z'), calendar).dueDate).toBe('2026-05-15');
  });

  it('received Friday 2026-05-22 before Whit Monday (25 May) → 1 working day is Tue 26 May', () => {
    expect(acknowledgementDeadline(at('2026-05-22T12:00:00Z'), calendar).dueDate).toBe('2026-05-26');
  });

  it('received Wednesday 2026-12-23 → 5 working days end Thu 31 Dec; 6 skip Christmas, Boxing Day, the weekend and New Year to Mon 4 Jan 2027', () => {
    const deadline = resolutionDeadline(at('2026-12-23T10:00:00Z'), 5, calendar);
    // Working days: Thu 24, Mon 28, Tue 29, Wed 30, Thu 31 Dec → that is 5: due Thu 31 Dec.
    expect(deadline.dueDate).toBe('2026-12-31');
    const sixDays = resolutionDeadline(at('2026-12-23T10:00:00Z'), 6, calendar);
    expect(sixDays.dueDate).toBe('2027-01-04'); // Fri 1 Jan is New Year's Day, then the weekend
    expect(sixDays.skipped.map((d) => d.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('due on the day summer time starts (Sun 29 Mar 2026 is skipped) → ends 23:59:59.999 CEST on Mon 30 Mar', () => {
    const deadline = acknowledgementDeadline(at('2026-03-27T10:00:00Z'), calendar);
    expect(deadline.dueDate).toBe('2026-03-30');
    expect(deadline.dueAt.toISOString()).toBe('2026-03-30T21:59:59.999Z');
  });

  it('around the switch to winter time (Sun 25 Oct 2026) the due instant uses the offset of the due day', () => {
    // Received Thu 22 Oct 2026 (CEST), 1 working day → Fri 23 Oct, still summer time: 21:59:59.999Z.
    expect(acknowledgementDeadline(at('2026-10-22T10:00:00Z'), calendar).dueAt.toISOString()).toBe(
      '2026-10-23T21:59:59.999Z',
    );
    // Received Fri 23 Oct; winter time starts Sun 25 Oct → due Mon 26 Oct at 23:59:59.999 CET = 22:59:59.999Z.
    expect(acknowledgementDeadline(at('2026-10-23T10:00:00Z'), calendar).dueAt.toISOString()).toBe(
      '2026-10-26T22:59:59.999Z',
    );
  });

  it('received on a Saturday → the 1st working day after is Monday', () => {
    expect(acknowledgementDeadline(at('2026-06-13T10:00:00Z'), calendar).dueDate).toBe('2026-06-15');
  });

  it('received on a holiday (Easter Monday 2026-04-06) → the 1st working day after is Tue 7 Apr', () => {
    expect(acknowledgementDeadline(at('2026-04-06T10:00:00Z'), calendar).dueDate).toBe('2026-04-07');
  });

  it('received at 23:30 UTC on Friday is Saturday 01:30 in Amsterdam → counts from Saturday', () => {
    const deadline = acknowledgementDeadline(at('2026-04-17T23:30:00Z'), calendar);
    expect(deadline.receivedOn).toBe('2026-04-18');
    expect(deadline.dueDate).toBe('2026-04-20');
    // The same instant one hour earlier is still Friday there: due Monday as well, but counted from Friday.
    expect(acknowledgementDeadline(at('2026-04-17T21:30:00Z'), calendar).receivedOn).toBe('2026-04-17');
  });

  it('Liberation Day counts as a day off only when the setting says so', () => {
    const off = new WorkingDayCalendar({ liberationDayIsHoliday: true });
    expect(acknowledgementDeadline(at('2026-05-04T10:00:00Z'), calendar).dueDate).toBe('2026-05-05');
    expect(acknowledgementDeadline(at('2026-05-04T10:00:00Z'), off).dueDate).toBe('2026-05-06');
  });

  it('skips closure days an administrator entered', () => {
    const withBridgeDay = new WorkingDayCalendar({
      liberationDayIsHoliday: false,
      closureDays: [{ date: '2026-05-15', name: 'Bridge day' }],
    });
    const deadline = acknowledgementDeadline(at('2026-05-13T10:00:00Z'), withBridgeDay);
    expect(deadline.dueDate).toBe('2026-05-18');
    expect(deadline.skipped.find((d) => d.date === '2026-05-15')).toMatchObject({
      kind: 'closure',
      label: 'Bridge day',
    });
  });

  it('explains itself in English and Dutch', () => {
    const deadline = computeDeadline({ receivedAt: at('2026-04-02T09:00:00Z'), workingDays: 5, calendar });
    expect(explainDeadline(deadline, 'en')).toEqual([
      'Received Thu 2 Apr 2026; 5 working days → due end of Mon 13 Apr 2026 (Europe/Amsterdam)',
      'Skipped Fri 3 Apr 2026: Good Friday',
      'Skipped Sat 4 Apr 2026: weekend',
      'Skipped Sun 5 Apr 2026: weekend',
      'Skipped Mon 6 Apr 2026: Easter Monday',
      'Skipped Sat 11 Apr 2026: weekend',
      'Skipped Sun 12 Apr 2026: weekend',
    ]);
    expect(explainDeadline(deadline, 'nl')[4]).toBe('Overgeslagen ma 6 apr 2026: Tweede paasdag');
  });
});
