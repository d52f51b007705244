import { MEASURE_STATUSES } from '@klankbord/domain';
import type { MeasureStatus } from '../../gql/graphql';

/**
 * The register's filter, kept in the URL so a view can be bookmarked and shared. Complaint type
 * and status go to the API (`measures(complaintTypeId, status)`); service and owner are applied
 * here because the query takes no such arguments.
 */
export interface MeasureFilter {
  complaintTypeId: string | null;
  status: MeasureStatus | null;
  serviceId: string | null;
  ownerId: string | null;
}

const ID = /^[0-9a-f-]{36}$/i;

export const NO_MEASURE_FILTER: MeasureFilter = { complaintTypeId: null, status: null, serviceId: null, ownerId: null };

/** Reads the filter from URL search parameters, dropping anything malformed rather than sending it to the API. */
export function parseMeasureFilter(params: URLSearchParams): MeasureFilter {
  const id = (key: string) => {
    const value = params.get(key);
    return value && ID.test(value) ? value : null;
  };
  const status = params.get('status');
  return {
    complaintTypeId: id('type'),
    status: status && (MEASURE_STATUSES as readonly string[]).includes(status) ? (status as MeasureStatus) : null,
    serviceId: id('service'),
    ownerId: id('owner'),
  };
}

/** Writes the filter as URL search parameters; unset keys are left out so URLs stay short. */
export function serializeMeasureFilter(filter: MeasureFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.complaintTypeId) params.set('type', filter.complaintTypeId);
  if (filter.status) params.set('status', filter.status);
  if (filter.serviceId) params.set('service', filter.serviceId);
  if (filter.ownerId) params.set('owner', filter.ownerId);
  return params;
}

/** The `measures` query's variables for the filter (only what the API filters on). */
export function toMeasuresVariables(filter: MeasureFilter): {
  complaintTypeId: string | null;
  status: MeasureStatus | null;
} {
  return { complaintTypeId: filter.complaintTypeId, status: filter.status };
}

/** The fields the client-side part of the filter looks at. */
export interface FilterableMeasure {
  targetService?: { id: string } | null;
  owner: { id: string };
}

/**
 * Narrows the measures the API returned by service and owner. A measure without a target service
 * is not "about" the chosen service, so it is left out when a service is chosen.
 */
export function filterMeasures<T extends FilterableMeasure>(measures: readonly T[], filter: MeasureFilter): T[] {
  return measures.filter(
    (m) =>
      (!filter.serviceId || m.targetService?.id === filter.serviceId) &&
      (!filter.ownerId || m.owner.id === filter.ownerId),
  );
}

/** The distinct owners of the measures, by name: the owner filter's options. */
export function ownersOf(
  measures: readonly { owner: { id: string; displayName: string | null } }[],
): { id: string; displayName: string }[] {
  const byId = new Map<string, { id: string; displayName: string }>();
  // A person without a display name still owns measures; the dash keeps the option choosable.
  for (const m of measures) byId.set(m.owner.id, { id: m.owner.id, displayName: m.owner.displayName ?? '—' });
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
