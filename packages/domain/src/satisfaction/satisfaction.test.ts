import { describe, expect, it } from 'vitest';
import { isSatisfactionScore, satisfactionLinkExpiry, satisfactionPath } from './satisfaction.js';

describe('satisfaction rules', () => {
  it('scores are the whole numbers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isSatisfactionScore)).toBe(true);
    expect([0, 6, 2.5, Number.NaN, '3', null].some(isSatisfactionScore)).toBe(false);
  });

  it('a link asked for on 2 March 2026 at 10:00 works until 1 April 2026 at 10:00 (30 days)', () => {
    expect(satisfactionLinkExpiry(new Date('2026-03-02T10:00:00Z')).toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });

  it('the form lives under /tevredenheid/ with the token escaped', () => {
    expect(satisfactionPath('abc_DEF-123')).toBe('/tevredenheid/abc_DEF-123');
    expect(satisfactionPath('a/b')).toBe('/tevredenheid/a%2Fb');
  });
});
