import { describe, expect, it } from 'vitest';
import { caseListHref, parseCaseListFilter, toCaseFilter } from './case-list-filter';

const id = '3f1e2d3c-1111-4222-8333-444455556666';
const parse = (href: string) => parseCaseListFilter(new URLSearchParams(href.split('?')[1] ?? ''));

describe('the case list filter in the URL', () => {
  it('reads back every key it writes', () => {
    const filter = {
      receivedFrom: '2026-01-01',
      receivedTo: '2026-03-31',
      kind: 'SUGGESTION' as const,
      complaintTypeId: id,
      serviceId: id,
      organisationUnitId: id,
      overdue: true,
      statuses: ['ADOPTED' as const],
    };
    expect(caseListHref(filter)).toBe(
      `/cases?from=2026-01-01&to=2026-03-31&kind=SUGGESTION&complaintTypeId=${id}&serviceId=${id}&organisationUnitId=${id}&overdue=true&statuses=ADOPTED`,
    );
    expect(parse(caseListHref(filter))).toEqual(filter);
    expect(caseListHref({})).toBe('/cases');
  });

  it('drops what it does not understand instead of sending it to the API', () => {
    expect(parse('/cases?from=1-1-2026&kind=PRAISE&serviceId=evil&overdue=yes&statuses=CLOSED,NOPE')).toEqual({
      statuses: ['CLOSED'],
    });
  });

  it('becomes a CaseFilter with nulls for what is not set', () => {
    expect(toCaseFilter({ kind: 'COMPLAINT', overdue: true })).toEqual({
      receivedFrom: null,
      receivedTo: null,
      kind: 'COMPLAINT',
      complaintTypeId: null,
      serviceId: null,
      organisationUnitId: null,
      overdue: true,
      statuses: null,
    });
  });
});
