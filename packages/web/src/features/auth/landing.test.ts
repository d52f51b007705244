import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../app/return-path';
import { landingPath } from './landing';

describe('where sign-in lands', () => {
  it('opens the deep link the person was sent away from', () => {
    expect(landingPath(['SUBMITTER'], '/cases/6f1c?tab=events')).toBe('/cases/6f1c?tab=events');
  });

  it('without one, opens the queue for case workers and the home page for the rest', () => {
    expect(landingPath(['HANDLER'], null)).toBe('/queue');
    expect(landingPath(['RELATIONSHIP_MANAGER', 'SUBMITTER'], '/')).toBe('/queue');
    expect(landingPath(['ADMINISTRATOR'], undefined)).toBe('/');
    expect(landingPath(['SUBMITTER'], undefined)).toBe('/');
  });
});

describe('a return path carried through the provider', () => {
  it.each(['/cases/1', '/dashboard?from=2026-01-01#top'])('keeps a path of this app (%s)', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'cases/1', '', undefined, null])(
    'never leads to another site (%s)',
    (path) => {
      expect(safeReturnPath(path)).toBe('/');
    },
  );
});
