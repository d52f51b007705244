import { useQuery } from '@apollo/client/react';
import { useId, type ReactElement } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { useLocalName } from '../../i18n/local-name';
import { CASE_KINDS } from '@klankbord/domain';
import { kindLabel } from '../../i18n/labels';
import type { DashboardFilter } from './filters';

const DashboardFiltersQuery = graphql(`
  query DashboardFiltersQuery {
    services {
      id
      name
      nameNl
      active
    }
    complaintTypes {
      id
      name
      nameNl
      active
    }
    organisationUnits {
      id
      name
      active
    }
  }
`);

/**
 * Reference data for the filter selects, and for naming lead-time rows in either language: one
 * query for both (cache-first, so the lead-time widget reads what the filter bar fetched).
 */
export function useDashboardReferenceData() {
  return useQuery(DashboardFiltersQuery, { fetchPolicy: 'cache-first' });
}

const BUCKETS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
/** Option value standing for "several chosen through the URL"; the select itself picks one. */
const SEVERAL = '__several';

/**
 * A label above its control, tied by id: a label wrapping a select would add the chosen option
 * to the control's accessible name ("Dienst Alle").
 */
function Field({ label, children }: { label: string; children: (id: string) => ReactElement }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * The dashboard's filter bar: period, bucket, kind, and service, complaint type and
 * organisation unit from the reference data. Every control is labelled; changes go to the URL.
 */
export function DashboardFilters({
  filter,
  onChange,
}: {
  filter: DashboardFilter;
  onChange: (next: Partial<DashboardFilter>) => void;
}) {
  const intl = useIntl();
  const reference = useDashboardReferenceData();
  const name = useLocalName();
  const all = intl.formatMessage({ id: 'dashboard.all' });

  const idSelect = (
    label: string,
    field: 'serviceIds' | 'complaintTypeIds' | 'organisationUnitIds',
    options: Array<{ id: string; label: string }> | undefined,
  ) => {
    const ids = filter[field];
    const value = ids.length === 0 ? '' : ids.length === 1 ? ids[0]! : SEVERAL;
    return (
      <Field label={label}>
        {(id) => (
          <select
            id={id}
            name={field}
            value={value}
            disabled={!options}
            aria-describedby={reference.error ? 'filters-error' : undefined}
            onChange={(e) =>
              e.target.value !== SEVERAL && onChange({ [field]: e.target.value ? [e.target.value] : [] })
            }
          >
            <option value="">{all}</option>
            {ids.length > 1 && (
              <option value={SEVERAL} disabled>
                {intl.formatMessage({ id: 'dashboard.selectedCount' }, { count: ids.length })}
              </option>
            )}
            {/* A chosen id the reference data does not list (yet) still shows as chosen. */}
            {ids.length === 1 && options && !options.some((o) => o.id === ids[0]) && (
              <option value={ids[0]}>{ids[0]}</option>
            )}
            {options?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  const data = reference.data;
  return (
    <form
      className="filters no-print"
      onSubmit={(e) => e.preventDefault()}
      aria-label={intl.formatMessage({ id: 'dashboard.filters' })}
    >
      <Field label={intl.formatMessage({ id: 'dashboard.from' })}>
        {(id) => (
          <input
            id={id}
            type="date"
            name="from"
            value={filter.from}
            max={filter.to}
            onChange={(e) => e.target.value && onChange({ from: e.target.value })}
          />
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'dashboard.to' })}>
        {(id) => (
          <input
            id={id}
            type="date"
            name="to"
            value={filter.to}
            min={filter.from}
            onChange={(e) => e.target.value && onChange({ to: e.target.value })}
          />
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'dashboard.bucket' })}>
        {(id) => (
          <select
            id={id}
            name="bucket"
            value={filter.bucket}
            onChange={(e) => onChange({ bucket: e.target.value as DashboardFilter['bucket'] })}
          >
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {intl.formatMessage({ id: `bucket.${b}` })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'dashboard.kind' })}>
        {(id) => (
          <select
            id={id}
            name="kind"
            value={filter.kind ?? ''}
            onChange={(e) => onChange({ kind: (e.target.value || null) as DashboardFilter['kind'] })}
          >
            <option value="">{all}</option>
            {CASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage({ id: kindLabel(k) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {idSelect(
        intl.formatMessage({ id: 'dashboard.service' }),
        'serviceIds',
        data?.services.map((s) => ({ id: s.id, label: name(s) })),
      )}
      {idSelect(
        intl.formatMessage({ id: 'dashboard.complaintType' }),
        'complaintTypeIds',
        data?.complaintTypes.map((t) => ({ id: t.id, label: name(t) })),
      )}
      {idSelect(
        intl.formatMessage({ id: 'dashboard.unit' }),
        'organisationUnitIds',
        data?.organisationUnits.map((u) => ({ id: u.id, label: u.name })),
      )}
      {reference.error && (
        <p id="filters-error" role="alert" className="state state-error">
          {intl.formatMessage({ id: 'state.error' }, { message: reference.error.message })}
        </p>
      )}
    </form>
  );
}
