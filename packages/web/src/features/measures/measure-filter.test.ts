import { describe, expect, it } from 'vitest';
import {
  filterMeasures,
  NO_MEASURE_FILTER,
  ownersOf,
  parseMeasureFilter,
  serializeMeasureFilter,
  toMeasuresVariables,
} from './measure-filter';

const type = '3f1e2d3c-1111-4222-8333-444455556666';
const laptops = 'aaaaaaaa-1111-4222-8333-444455556666';
const phones = 'bbbbbbbb-1111-4222-8333-444455556666';
const hamid = 'cccccccc-1111-4222-8333-444455556666';
const hanna = 'dddddddd-1111-4222-8333-444455556666';

describe('the measure register filter in the URL', () => {
  it('reads back every key it writes, and writes nothing for no filter', () => {
    const filter = { complaintTypeId: type, status: 'IMPLEMENTED' as const, serviceId: laptops, ownerId: hamid };
    const params = serializeMeasureFilter(filter);
    expect(params.toString()).toBe(`type=${type}&status=IMPLEMENTED&service=${laptops}&owner=${hamid}`);
    expect(parseMeasureFilter(new URLSearchParams(params.toString()))).toEqual(filter);
    expect(serializeMeasureFilter(NO_MEASURE_FILTER).toString()).toBe('');
  });

  it('drops what it does not understand instead of sending it to the API', () => {
    expect(parseMeasureFilter(new URLSearchParams('type=evil&status=DONE&service=1&owner='))).toEqual(
      NO_MEASURE_FILTER,
    );
  });

  it('sends only complaint type and status to the API', () => {
    expect(
      toMeasuresVariables({ complaintTypeId: type, status: 'PROPOSED', serviceId: laptops, ownerId: hamid }),
    ).toEqual({ complaintTypeId: type, status: 'PROPOSED' });
  });
});

describe('the client-side part of the filter', () => {
  const measures = [
    { id: '1', targetService: { id: laptops }, owner: { id: hamid, displayName: 'Hamid Bakker' } },
    { id: '2', targetService: null, owner: { id: hamid, displayName: 'Hamid Bakker' } },
    { id: '3', targetService: { id: phones }, owner: { id: hanna, displayName: 'Hanna de Vries' } },
  ];
  const ids = (list: { id: string }[]) => list.map((m) => m.id);

  it('keeps everything when service and owner are not chosen', () => {
    expect(ids(filterMeasures(measures, NO_MEASURE_FILTER))).toEqual(['1', '2', '3']);
  });

  it('by service leaves out measures for another service or for no particular service', () => {
    expect(ids(filterMeasures(measures, { ...NO_MEASURE_FILTER, serviceId: laptops }))).toEqual(['1']);
  });

  it('by owner, and both together', () => {
    expect(ids(filterMeasures(measures, { ...NO_MEASURE_FILTER, ownerId: hamid }))).toEqual(['1', '2']);
    expect(ids(filterMeasures(measures, { ...NO_MEASURE_FILTER, ownerId: hanna, serviceId: laptops }))).toEqual([]);
  });

  it('offers each owner once, by name', () => {
    expect(ownersOf([...measures].reverse())).toEqual([
      { id: hamid, displayName: 'Hamid Bakker' },
      { id: hanna, displayName: 'Hanna de Vries' },
    ]);
  });
});
