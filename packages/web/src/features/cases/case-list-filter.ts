import { CASE_KINDS, CASE_STATUSES } from '@klankbord/domain';
import type { CaseFilter, CaseKind, CaseStatus } from '../../gql/graphql';

/**
 * What the /cases list can be narrowed to from its URL. Dashboards link here to show the cases
 * behind a figure, so every key written by `caseListHref` must be read back by `parseCaseListFilter`
 * (a unit test holds the two together).
 */
export interface CaseListFilter {
  receivedFrom?: string;
  receivedTo?: string;
  kind?: CaseKind;
  complaintTypeId?: string;
  serviceId?: string;
  organisationUnitId?: string;
  overdue?: boolean;
  statuses?: CaseStatus[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

/** The URL of the case list narrowed to `filter`; keys left out when not set so links stay short. */
export function caseListHref(filter: CaseListFilter): string {
  const params = new URLSearchParams();
  if (filter.receivedFrom) params.set('from', filter.receivedFrom);
  if (filter.receivedTo) params.set('to', filter.receivedTo);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.complaintTypeId) params.set('complaintTypeId', filter.complaintTypeId);
  if (filter.serviceId) params.set('serviceId', filter.serviceId);
  if (filter.organisationUnitId) params.set('organisationUnitId', filter.organisationUnitId);
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.statuses?.length) params.set('statuses', filter.statuses.join(','));
  const query = params.toString();
  return query ? `/cases?${query}` : '/cases';
}

/** Reads the case list's filter from its URL, dropping anything malformed rather than sending it to the API. */
export function parseCaseListFilter(params: URLSearchParams): CaseListFilter {
  const filter: CaseListFilter = {};
  const date = params.get('from');
  if (date && DATE.test(date)) filter.receivedFrom = date;
  const to = params.get('to');
  if (to && DATE.test(to)) filter.receivedTo = to;
  const kind = params.get('kind');
  if (kind && (CASE_KINDS as readonly string[]).includes(kind)) filter.kind = kind as CaseKind;
  for (const key of ['complaintTypeId', 'serviceId', 'organisationUnitId'] as const) {
    const id = params.get(key);
    if (id && ID.test(id)) filter[key] = id;
  }
  if (params.get('overdue') === 'true') filter.overdue = true;
  const statuses = (params.get('statuses') ?? '')
    .split(',')
    .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s));
  if (statuses.length) filter.statuses = statuses;
  return filter;
}

/** The case list's filter as the GraphQL CaseFilter input. */
export function toCaseFilter(filter: CaseListFilter): CaseFilter {
  return {
    receivedFrom: filter.receivedFrom ?? null,
    receivedTo: filter.receivedTo ?? null,
    kind: filter.kind ?? null,
    complaintTypeId: filter.complaintTypeId ?? null,
    serviceId: filter.serviceId ?? null,
    organisationUnitId: filter.organisationUnitId ?? null,
    overdue: filter.overdue ?? null,
    statuses: filter.statuses ?? null,
  };
}
