import { describe, expect, it } from 'vitest';
import { localName } from './local-name';

describe('localName', () => {
  const type = { name: 'Lead time', nameNl: 'Doorlooptijd' };

  it('names reference data and report rows in the interface language', () => {
    expect(localName('nl', type)).toBe('Doorlooptijd');
    expect(localName('en', type)).toBe('Lead time');
    expect(localName('nl', { label: 'Workplace', labelNl: 'Werkplek' })).toBe('Werkplek');
    expect(localName('en', { label: 'Workplace', labelNl: 'Werkplek' })).toBe('Workplace');
  });

  it('falls back to the one name there is', () => {
    expect(localName('nl', { name: 'Team Noord' })).toBe('Team Noord');
    expect(localName('nl', { label: 'Other', labelNl: '' })).toBe('Other');
  });
});
