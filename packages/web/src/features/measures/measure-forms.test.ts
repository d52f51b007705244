import { describe, expect, it } from 'vitest';
import {
  toCancelInput,
  toEvaluateInput,
  toImplementInput,
  toLinkInput,
  toProposeInput,
  toUpdateInput,
} from './measure-forms';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const ref = { id: 'm1', version: 3 };

describe('measure forms become API inputs', () => {
  it('propose: trims, and leaves an empty service and expected effect out as null', () => {
    expect(
      toProposeInput(
        form({
          title: ' Buffer ',
          description: 'Veertig laptops',
          targetComplaintTypeId: 't1',
          targetServiceId: '',
          expectedEffect: '  ',
        }),
      ),
    ).toEqual({
      title: 'Buffer',
      description: 'Veertig laptops',
      targetComplaintTypeId: 't1',
      targetServiceId: null,
      expectedEffect: null,
    });
  });

  it('update: sends only the fields that changed, with the version seen', () => {
    const measure = { ...ref, title: 'Buffer', description: 'Oud', expectedEffect: null };
    expect(toUpdateInput(measure, form({ title: 'Buffer', description: 'Nieuw', expectedEffect: '' }))).toEqual({
      measureId: 'm1',
      version: 3,
      description: 'Nieuw',
    });
    expect(toUpdateInput(measure, form({ title: 'Buffer ', description: 'Oud', expectedEffect: '' }))).toBeNull();
  });

  it('update: an emptied field is sent as empty so the server explains it needs text (null would mean "keep")', () => {
    const measure = { ...ref, title: 'Buffer', description: 'Oud', expectedEffect: 'Minder klachten' };
    expect(toUpdateInput(measure, form({ title: 'Buffer', description: 'Oud', expectedEffect: '' }))).toEqual({
      measureId: 'm1',
      version: 3,
      expectedEffect: '',
    });
  });

  it('implement: implementation date, the date the relationship managers were told (optional) and a note', () => {
    expect(toImplementInput(ref, form({ implementedOn: '2026-05-04', communicatedOn: '', note: '' }))).toEqual({
      measureId: 'm1',
      version: 3,
      implementedOn: '2026-05-04',
      communicatedOn: null,
      note: null,
    });
    expect(
      toImplementInput(ref, form({ implementedOn: '2026-05-04', communicatedOn: '2026-05-06' })).communicatedOn,
    ).toBe('2026-05-06');
  });

  it('evaluate and cancel carry the version seen', () => {
    expect(toEvaluateInput(ref, form({ evaluationNote: 'Minder klachten erna.' }))).toEqual({
      measureId: 'm1',
      version: 3,
      evaluationNote: 'Minder klachten erna.',
      note: null,
    });
    expect(toCancelInput(ref, form({ note: 'Vervangen' }))).toEqual({ measureId: 'm1', version: 3, note: 'Vervangen' });
  });

  it('link: each chosen complaint once, none already linked; nothing to send is null', () => {
    expect(toLinkInput(ref, ['c1', 'c2', 'c1', 'c3'], ['c2'])).toEqual({
      measureId: 'm1',
      version: 3,
      caseIds: ['c1', 'c3'],
    });
    expect(toLinkInput(ref, ['c2'], ['c2'])).toBeNull();
  });
});
