import type { Bucket, CaseKind } from '../../gql/graphql';

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
const KINDS: CaseKind[] = ['COMPLAINT', 'SUGGESTION', 'COMPLIMENT'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Twelve months up to today by default. */
export function defaultFilter(today: string): DashboardFilter {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const from = `${month === 12 ? year : year - 1}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: today, bucket: 'MONTH', kind: null, serviceIds: [], complaintTypeIds: [], organisationUnitIds: [] };
}

/** Reads the filter from URL search parameters, falling back to the defaults for anything invalid. */
export function parseFilter(params: URLSearchParams, today: string): DashboardFilter {
  const fallback = defaultFilter(today);
  const date = (key: string, otherwise: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : otherwise;
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
    kind: kind && KINDS.includes(kind) ? kind : null,
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
export function toReportFilter(filter: DashboardFilter) {
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
