import { describe, expect, it } from 'vitest';
import { asLocale, effectiveLocale } from './locale-choice';

describe('which language the app shows', () => {
  it('is Dutch before anything is known (the sign-in page of a new browser)', () => {
    expect(effectiveLocale(null, null)).toBe('nl');
  });

  it('is the organisation’s default language for a person who never picked one', () => {
    expect(effectiveLocale(null, 'en')).toBe('en');
    expect(effectiveLocale(null, 'nl')).toBe('nl');
  });

  it('is the person’s own remembered choice, whatever the organisation’s default', () => {
    expect(effectiveLocale('nl', 'en')).toBe('nl');
    expect(effectiveLocale('en', 'nl')).toBe('en');
    expect(effectiveLocale('en', null)).toBe('en');
  });

  it('takes only languages the app has from storage or the server', () => {
    expect(asLocale('en')).toBe('en');
    expect(asLocale('nl')).toBe('nl');
    expect(asLocale('de')).toBeNull();
    expect(asLocale(null)).toBeNull();
    expect(asLocale(undefined)).toBeNull();
  });
});
