import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { measureStatusLabel } from '../../i18n/labels';
import { useSession } from '../../ui/Layout';
import { Empty, ErrorState, Loading } from '../../ui/Status';
import {
  filterMeasures,
  ownersOf,
  parseMeasureFilter,
  serializeMeasureFilter,
  toMeasuresVariables,
  type MeasureFilter,
} from './measure-filter';
import { MeasureFilters } from './MeasureFilters';
import { ProposeMeasureForm } from './ProposeMeasureForm';

graphql(`
  fragment MeasureCard_measure on PreventiveMeasure {
    id
    version
    title
    description
    status
    proposedAt
    implementedOn
    evaluatedOn
    targetComplaintType {
      id
      name
      nameNl
    }
    targetService {
      id
      name
      nameNl
    }
    owner {
      id
      displayName
    }
  }
`);

const MeasuresRouteQuery = graphql(`
  query MeasuresRouteQuery($complaintTypeId: ID, $status: MeasureStatus) {
    measures(complaintTypeId: $complaintTypeId, status: $status) {
      ...MeasureCard_measure
    }
  }
`);

// Options change rarely and must not flicker while the register refetches per filter.
const MeasuresOptionsQuery = graphql(`
  query MeasuresOptionsQuery {
    complaintTypes {
      id
      name
      nameNl
      active
    }
    services {
      id
      name
      nameNl
      active
    }
  }
`);

/** Roles the server lets propose a measure (measure.policy canProposeMeasure). */
const MAY_PROPOSE = ['HANDLER', 'ADMINISTRATOR'];

/** The preventive measure register (step 5): filtered from the URL, handlers propose measures here. */
export default function MeasuresRoute() {
  const intl = useIntl();
  const { locale } = useLocale();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseMeasureFilter(params), [params]);
  const setFilter = (next: Partial<MeasureFilter>) =>
    setParams(serializeMeasureFilter({ ...filter, ...next }), { replace: true });
  const options = useQuery(MeasuresOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(MeasuresRouteQuery, {
    variables: toMeasuresVariables(filter),
  });
  const measures = data?.measures ?? null;
  const shown = useMemo(() => (measures ? filterMeasures(measures, filter) : null), [measures, filter]);
  // Owners come from what the API returned (there is no people query every viewer may call); the
  // previous result keeps the list steady while a new type or status loads.
  const owners = useMemo(() => {
    const list = ownersOf((data ?? previousData)?.measures ?? []);
    // A chosen owner with no measures of this type or status stays choosable, so the select shows what filters.
    if (filter.ownerId && !list.some((o) => o.id === filter.ownerId))
      list.push({ id: filter.ownerId, displayName: intl.formatMessage({ id: 'measures.ownerNotListed' }) });
    return list;
  }, [data, previousData, filter.ownerId, intl]);
  const name = useLocalName();
  const mayPropose = session?.roles.some((r) => MAY_PROPOSE.includes(r)) ?? false;

  return (
    <>
      <h1>
        <FormattedMessage id="measures.title" />
      </h1>
      {options.error && <ErrorState error={options.error} retry={() => void options.refetch()} />}
      {options.data && (
        <MeasureFilters
          filter={filter}
          onChange={setFilter}
          complaintTypes={options.data.complaintTypes}
          services={options.data.services}
          owners={owners}
        />
      )}
      {mayPropose && options.data && (
        <ProposeMeasureForm complaintTypes={options.data.complaintTypes} services={options.data.services} />
      )}
      <section
        aria-labelledby="register"
        data-testid="register"
        data-state={error ? 'error' : !shown ? 'loading' : shown.length ? 'ready' : 'empty'}
      >
        <h2 id="register">
          <FormattedMessage id="measures.register" />{' '}
          {shown && (
            <span className="badge" data-testid="measure-count">
              {shown.length}
            </span>
          )}
        </h2>
        {loading && !data && <Loading />}
        {error && <ErrorState error={error} retry={() => void refetch()} />}
        {shown && shown.length === 0 && (
          <Empty>
            <FormattedMessage id={measures && measures.length > 0 ? 'measures.noneMatch' : 'measures.none'} />
          </Empty>
        )}
        {shown?.map((m) => (
          <article className="card" key={m.id} aria-labelledby={`m-${m.id}`} data-testid="measure">
            <header className="card-header">
              <h3 id={`m-${m.id}`}>
                <Link to={`/measures/${m.id}`}>{m.title}</Link>
              </h3>
              <span className="badge">
                <FormattedMessage id={measureStatusLabel(m.status)} />
              </span>
            </header>
            <p>{m.description}</p>
            <p className="note">
              {name(m.targetComplaintType)}
              {m.targetService && ` · ${name(m.targetService)}`} · {m.owner.displayName}
              {' · '}
              {m.implementedOn ? (
                <FormattedMessage
                  id="measures.implementedOnShort"
                  values={{ date: formatDate(m.implementedOn, locale) }}
                />
              ) : (
                <FormattedMessage id="measures.proposedOnShort" values={{ date: formatDate(m.proposedAt, locale) }} />
              )}
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
