import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocalName } from '../../i18n/local-name';
import { useLocale } from '../../i18n/LocaleProvider';
import { measureEventLabel, measureStatusLabel } from '../../i18n/labels';
import { ErrorState, Loading } from '../../ui/Status';
import { CaseTable } from '../cases/CaseTable';
import { MessageDeliveries } from '../outbox/MessageDeliveries';
import { EditMeasureForm } from './EditMeasureForm';
import { LinkCasesPanel } from './LinkCasesPanel';
import { MeasureEffect } from './MeasureEffect';
import { MeasureSteps } from './MeasureSteps';

graphql(`
  fragment MeasureDetail_measure on PreventiveMeasure {
    ...MeasureCard_measure
    expectedEffect
    communicatedOn
    evaluationNote
    viewerCan {
      update
      implement
      evaluate
      cancel
    }
    effect {
      ...MeasureEffect_effect
    }
    linkedCases {
      ...CaseTable_case
    }
    messageDeliveries {
      ...MessageDeliveries_delivery
    }
    history {
      id
      type
      fromStatus
      toStatus
      note
      occurredAt
    }
  }
`);

const MeasureDetailRouteQuery = graphql(`
  query MeasureDetailRouteQuery($id: ID!) {
    measure(id: $id) {
      ...MeasureDetail_measure
    }
  }
`);

/** One measure: what it says (editable by its owner), its steps, the complaints linked, its effect and history. */
export default function MeasureDetailRoute() {
  const { id = '' } = useParams();
  const { locale } = useLocale();
  const name = useLocalName();
  const { data, loading, error, refetch } = useQuery(MeasureDetailRouteQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  const m = data?.measure;
  if (!m) return null;
  const reload = () => void refetch();
  return (
    <>
      <p>
        <Link to="/measures">
          <FormattedMessage id="measures.back" />
        </Link>
      </p>
      <h1 data-testid="measure-title">{m.title}</h1>
      <div className="grid">
        <section className="card" aria-labelledby="measure-facts">
          <h2 id="measure-facts">
            <FormattedMessage id="case.status" />:{' '}
            <span data-testid="measure-status">
              <FormattedMessage id={measureStatusLabel(m.status)} />
            </span>
          </h2>
          <dl>
            <dt>
              <FormattedMessage id="measures.fieldDescription" />
            </dt>
            <dd data-testid="measure-description">{m.description}</dd>
            <dt>
              <FormattedMessage id="measures.expectedEffect" />
            </dt>
            <dd>{m.expectedEffect ?? '—'}</dd>
            <dt>
              <FormattedMessage id="measures.targetType" />
            </dt>
            <dd>{name(m.targetComplaintType)}</dd>
            <dt>
              <FormattedMessage id="measures.targetService" />
            </dt>
            <dd>{m.targetService ? name(m.targetService) : <FormattedMessage id="measures.anyService" />}</dd>
            <dt>
              <FormattedMessage id="measures.owner" />
            </dt>
            <dd>{m.owner.displayName}</dd>
            <dt>
              <FormattedMessage id="measures.proposedAt" />
            </dt>
            <dd>{formatDate(m.proposedAt, locale)}</dd>
            <dt>
              <FormattedMessage id="measures.implementedOn" />
            </dt>
            <dd>{m.implementedOn ? formatDate(m.implementedOn, locale) : '—'}</dd>
            <dt>
              <FormattedMessage id="measures.communicatedOn" />
            </dt>
            <dd>{m.communicatedOn ? formatDate(m.communicatedOn, locale) : '—'}</dd>
            {m.evaluatedOn && (
              <>
                <dt>
                  <FormattedMessage id="measures.evaluatedOn" />
                </dt>
                <dd>{formatDate(m.evaluatedOn, locale)}</dd>
                <dt>
                  <FormattedMessage id="measures.evaluationNote" />
                </dt>
                <dd>{m.evaluationNote ?? '—'}</dd>
              </>
            )}
          </dl>
          {m.viewerCan.update && <EditMeasureForm measure={m} onReload={reload} />}
        </section>
        <MeasureSteps measure={m} onReload={reload} />
      </div>
      <MessageDeliveries deliveries={m.messageDeliveries} />
      <section className="card" aria-labelledby="measure-cases" data-testid="linked-cases">
        <h2 id="measure-cases">
          <FormattedMessage id="measures.linkedCases" /> <span className="badge">{m.linkedCases.length}</span>
        </h2>
        {m.linkedCases.length === 0 ? (
          <p className="state">
            <FormattedMessage id="measures.noLinkedCases" />
          </p>
        ) : (
          <CaseTable cases={m.linkedCases} columns={['status', 'received']} />
        )}
        {m.viewerCan.update && <LinkCasesPanel measure={m} onReload={reload} />}
      </section>
      <MeasureEffect effect={m.effect} title={m.title} implemented={m.implementedOn != null} />
      <section className="card" aria-labelledby="measure-history">
        <h2 id="measure-history">
          <FormattedMessage id="case.history" />
        </h2>
        {m.history.length === 0 ? (
          <p className="state">
            <FormattedMessage id="state.empty" />
          </p>
        ) : (
          <ol className="timeline" data-testid="measure-history">
            {m.history.map((e) => (
              <li key={e.id}>
                <strong>
                  <FormattedMessage id={measureEventLabel(e.type)} />
                </strong>{' '}
                <span className="note">{formatDateTime(e.occurredAt, locale)}</span>
                {/* Only a change of status is worth spelling out; proposing starts with none. */}
                {e.fromStatus && e.fromStatus !== e.toStatus && (
                  <>
                    {' · '}
                    <FormattedMessage id={measureStatusLabel(e.fromStatus)} /> →{' '}
                    <FormattedMessage id={measureStatusLabel(e.toStatus)} />
                  </>
                )}
                {e.note && <div>{e.note}</div>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
