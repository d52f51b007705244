import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MEASURE_STATUSES } from '@klankbord/domain';
import type { MeasureStatus } from '../../gql/graphql';
import { useLocalName } from '../../i18n/local-name';
import { measureStatusLabel } from '../../i18n/labels';
import type { MeasureFilter } from './measure-filter';

type Named = { id: string; name: string; nameNl: string };

/** The register's filter controls; every change goes to the URL (the route owns the state). */
export function MeasureFilters({
  filter,
  onChange,
  complaintTypes,
  services,
  owners,
}: {
  filter: MeasureFilter;
  onChange: (next: Partial<MeasureFilter>) => void;
  complaintTypes: Named[];
  services: Named[];
  owners: { id: string; displayName: string }[];
}) {
  const intl = useIntl();
  const ids = useId();
  const name = useLocalName();
  const all = intl.formatMessage({ id: 'measures.all' });
  return (
    <form
      className="filters"
      role="search"
      aria-label={intl.formatMessage({ id: 'measures.filters' })}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${ids}-type`}>
          <FormattedMessage id="measures.filterType" />
        </label>
        <select
          id={`${ids}-type`}
          value={filter.complaintTypeId ?? ''}
          onChange={(e) => onChange({ complaintTypeId: e.target.value || null })}
        >
          <option value="">{all}</option>
          {complaintTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {name(t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-status`}>
          <FormattedMessage id="measures.filterStatus" />
        </label>
        <select
          id={`${ids}-status`}
          value={filter.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || null) as MeasureStatus | null })}
        >
          <option value="">{all}</option>
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {intl.formatMessage({ id: measureStatusLabel(s) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-service`}>
          <FormattedMessage id="measures.filterService" />
        </label>
        <select
          id={`${ids}-service`}
          value={filter.serviceId ?? ''}
          onChange={(e) => onChange({ serviceId: e.target.value || null })}
        >
          <option value="">{all}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {name(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-owner`}>
          <FormattedMessage id="measures.filterOwner" />
        </label>
        <select
          id={`${ids}-owner`}
          value={filter.ownerId ?? ''}
          onChange={(e) => onChange({ ownerId: e.target.value || null })}
        >
          <option value="">{all}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.displayName}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
