import { addDays, CASE_KINDS, toEpochDay } from '@klankbord/domain';
import type { Bucket, CaseKind, ReportFilter } from '../../gql/graphql';
import { caseListHref, type CaseListFilter } from '../cases/case-list-filter';

/** The dashboard's filter, kept in the URL so a view can be bookmarked and shared. */
export interface DashboardFilter {
  from: string;
  to: string;
  bucket: Bucket;
  kind: CaseKind | null;
  serviceIds: string[];
  complaintTypeIds: string[];
  organisationUnitIds: string[];
}

const BUCKETS: Bucket[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'];

/** A real calendar date as YYYY-MM-DD (2026-02-30 is not): the period arithmetic below needs one. */
function isDate(value: string | null): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    toEpochDay(value);
    return true;
  } catch {
    return false;
  }
}

/** Twelve months up to today by default. */
export function defaultFilter(today: string): DashboardFilter {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const from = `${month === 12 ? year : year - 1}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  return {
    from,
    to: today,
    bucket: 'MONTH',
    kind: null,
    serviceIds: [],
    complaintTypeIds: [],
    organisationUnitIds: [],
  };
}

/** Reads the filter from URL search parameters, falling back to the defaults for anything invalid. */
export function parseFilter(params: URLSearchParams, today: string): DashboardFilter {
  const fallback = defaultFilter(today);
  const date = (key: string, otherwise: string) => {
    const value = params.get(key);
    return isDate(value) ? value : otherwise;
  };
  const list = (key: string) => (params.get(key) ?? '').split(',').filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const bucket = params.get('bucket') as Bucket | null;
  const kind = params.get('kind') as CaseKind | null;
  const from = date('from', fallback.from);
  const to = date('to', fallback.to);
  return {
    from: from <= to ? from : fallback.from,
    to: from <= to ? to : fallback.to,
    bucket: bucket && BUCKETS.includes(bucket) ? bucket : 'MONTH',
    kind: kind && (CASE_KINDS as readonly string[]).includes(kind) ? kind : null,
    serviceIds: list('services'),
    complaintTypeIds: list('types'),
    organisationUnitIds: list('units'),
  };
}

/** Writes the filter as URL search parameters, leaving defaults out so URLs stay short. */
export function serializeFilter(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.bucket !== 'MONTH') params.set('bucket', filter.bucket);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.serviceIds.length) params.set('services', filter.serviceIds.join(','));
  if (filter.complaintTypeIds.length) params.set('types', filter.complaintTypeIds.join(','));
  if (filter.organisationUnitIds.length) params.set('units', filter.organisationUnitIds.join(','));
  return params;
}

/** The filter as the GraphQL ReportFilter input. */
export function toReportFilter(filter: DashboardFilter): ReportFilter {
  return {
    from: filter.from,
    to: filter.to,
    bucket: filter.bucket,
    kind: filter.kind,
    serviceIds: filter.serviceIds.length ? filter.serviceIds : null,
    complaintTypeIds: filter.complaintTypeIds.length ? filter.complaintTypeIds : null,
    organisationUnitIds: filter.organisationUnitIds.length ? filter.organisationUnitIds : null,
  };
}

/**
 * The period of equal length just before the filter's (what the API calls "previous period"):
 * 2026-04-01..2026-04-30 (30 days) → 2026-03-02..2026-03-31. Tiles compare against it.
 */
export function previousPeriod(filter: DashboardFilter): DashboardFilter {
  const days = toEpochDay(filter.to) - toEpochDay(filter.from);
  const to = addDays(filter.from, -1);
  return { ...filter, from: addDays(to, -days), to };
}

/**
 * The list of cases behind a dashboard figure: the dashboard's period, kind and classification,
 * narrowed by `extra`. The case list takes one service, type and unit; when the dashboard has
 * several selected the link leaves that one out (wider rather than wrong), which the API's
 * CaseFilter would need lists to avoid.
 */
export function dashboardCasesHref(filter: DashboardFilter, extra: CaseListFilter = {}): string {
  const single = (ids: string[]) => (ids.length === 1 ? ids[0] : undefined);
  const base: CaseListFilter = {
    receivedFrom: filter.from,
    receivedTo: filter.to,
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const serviceId = single(filter.serviceIds);
  const complaintTypeId = single(filter.complaintTypeIds);
  const organisationUnitId = single(filter.organisationUnitIds);
  if (serviceId) base.serviceId = serviceId;
  if (complaintTypeId) base.complaintTypeId = complaintTypeId;
  if (organisationUnitId) base.organisationUnitId = organisationUnitId;
  return caseListHref({ ...base, ...extra });
}
