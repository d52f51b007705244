import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatNumber } from '../../../i18n/format';
import { useLocalName } from '../../../i18n/local-name';
import { useLocale } from '../../../i18n/LocaleProvider';
import { measureStatusLabel } from '../../../i18n/labels';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { RateRatioChart } from '../../../ui/charts/lazy';
import { caseListHref } from '../../cases/case-list-filter';
import type { DashboardFilter } from '../filters';
import { estimateOf, measuresForEffect } from '../transforms';
import { widgetState } from './widget-data';

const MeasuresWidgetQuery = graphql(`
  query MeasuresWidgetQuery {
    measures {
      id
      title
      status
      implementedOn
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
      effect {
        enoughData
        reason
        rateRatio
        lower95
        upper95
        countBefore
        countAfter
        beforeFrom
        afterTo
        windowDays
      }
    }
  }
`);

/** Most measures the effect chart shows. */
const MAX_MEASURES = 6;

/** Implemented measures matching the filter, with their before/after effect. */
function useMeasuresData(filter: DashboardFilter) {
  const result = useQuery(MeasuresWidgetQuery);
  const measures = useMemo(
    () => (result.data ? measuresForEffect(result.data.measures, filter, MAX_MEASURES) : null),
    [result.data, filter],
  );
  return { measures, state: widgetState(result, measures !== null, measures?.length === 0) };
}

/** Implemented preventive measures: the rate of their target complaints after against before. */
export function MeasuresWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const name = useLocalName();
  const { measures, state } = useMeasuresData(filter);
  const title = intl.formatMessage({ id: 'dashboard.measures' });
  const ratio = (v: number) => formatNumber(v, locale, 2);
  const estimated = (measures ?? []).flatMap((m) => {
    const estimate = estimateOf(m);
    return estimate ? [{ key: m.id, label: m.title, ...estimate }] : [];
  });
  return (
    <ChartCard
      widget="measures"
      title={title}
      state={state}
      note={intl.formatMessage({ id: 'dashboard.measuresNote' })}
      chart={estimated.length > 0 ? <RateRatioChart rows={estimated} formatNumber={ratio} /> : undefined}
      table={
        <DataTable
          caption={title}
          headers={[
            intl.formatMessage({ id: 'dashboard.measure' }),
            intl.formatMessage({ id: 'dashboard.complaintType' }),
            intl.formatMessage({ id: 'case.status' }),
            intl.formatMessage({ id: 'dashboard.before' }),
            intl.formatMessage({ id: 'dashboard.after' }),
            intl.formatMessage({ id: 'dashboard.ratio' }),
          ]}
          rows={(measures ?? []).map((m) => {
            const estimate = estimateOf(m);
            // The cases behind the counts: the target complaints over both windows.
            const href = caseListHref({
              kind: 'COMPLAINT',
              complaintTypeId: m.targetComplaintType.id,
              ...(m.targetService ? { serviceId: m.targetService.id } : {}),
              ...(m.effect.beforeFrom ? { receivedFrom: m.effect.beforeFrom } : {}),
              ...(m.effect.afterTo ? { receivedTo: m.effect.afterTo } : {}),
            });
            return [
              <Link to={href}>{m.title}</Link>,
              name(m.targetComplaintType),
              intl.formatMessage({ id: measureStatusLabel(m.status) }),
              formatNumber(m.effect.countBefore, locale),
              formatNumber(m.effect.countAfter, locale),
              estimate
                ? `${ratio(estimate.ratio)} (${ratio(estimate.lower)}–${ratio(estimate.upper)})`
                : intl.formatMessage({ id: 'dashboard.notEnoughData' }),
            ];
          })}
        />
      }
      links={<Link to="/measures">{intl.formatMessage({ id: 'measures.title' })}</Link>}
    />
  );
}
