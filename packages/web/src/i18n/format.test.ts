import { describe, expect, it } from 'vitest';
import { formatBucket, formatChange, formatDateTime, formatRoles, formatShare, isoWeek } from './format';

describe('formatting per locale', () => {
  it('numbers ISO weeks, including the ones that belong to another year', () => {
    expect(isoWeek('2026-01-01')).toBe(1); // Thursday
    expect(isoWeek('2027-01-01')).toBe(53); // Friday of 2026's week 53
    expect(isoWeek('2024-12-30')).toBe(1); // Monday of 2025's week 1
    expect(isoWeek('2026-04-27')).toBe(18);
  });

  it('shows instants in Amsterdam time', () => {
    expect(formatDateTime('2026-04-28T21:59:59.999Z', 'nl')).toMatch(/28 apr.* 2026.*23:59/);
    expect(formatDateTime('2026-01-15T22:59:00Z', 'en')).toMatch(/15 Jan 2026.*23:59/);
  });

  it('formats shares, changes and bucket labels', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(null, 'nl')).toBe('—');
    expect(formatChange(0.25, 'en')).toBe('+25%');
    expect(formatBucket('2026-04-01', 'QUARTER', 'nl')).toBe('K2 2026');
    expect(formatBucket('2026-03-30', 'WEEK', 'en')).toBe('W14 2026');
  });
});

describe('formatRoles', () => {
  it('names roles in the interface language', () => {
    expect(formatRoles(['RELATIONSHIP_MANAGER', 'HANDLER'], 'nl')).toBe('relatiemanager, behandelaar');
    expect(formatRoles(['ADMINISTRATOR'], 'en')).toBe('administrator');
  });
});
