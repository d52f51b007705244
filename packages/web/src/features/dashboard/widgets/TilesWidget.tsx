import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { AWAITING_RESOLUTION_STATUSES, SETTLED_STATUSES } from '@klankbord/domain';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatChange, formatNumber, formatPoints, formatShare } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import type { MessageId } from '../../../i18n/messages';
import { ErrorState, Loading } from '../../../ui/Status';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { tileFigures, tilePeriod, type TileFigure } from '../transforms';
import { Suppressed } from './cells';
import { useReportVariables, widgetState } from './widget-data';

const TilesWidgetQuery = graphql(`
  query TilesWidgetQuery(
    $filter: ReportFilter!
    $complaints: ReportFilter!
    $previous: ReportFilter!
    $previousComplaints: ReportFilter!
  ) {
    volumeTrend(filter: $filter) {
      total
      changeVsPreviousPeriod
      backlog {
        label
        count
      }
    }
    previousVolume: volumeTrend(filter: $previous) {
      total
      backlog {
        label
        count
      }
    }
    leadTimePerformance(filter: $complaints) {
      total {
        openPastDeadline
        resolvedWithinAgreedDeadline
      }
    }
    previousLeadTime: leadTimePerformance(filter: $previousComplaints) {
      total {
        openPastDeadline
        resolvedWithinAgreedDeadline
      }
    }
    compliments(filter: $filter) {
      total
    }
    previousCompliments: compliments(filter: $previous) {
      total
    }
  }
`);

/** Tiles: five figures of the period with their change against the previous period. */
function useTilesData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(TilesWidgetQuery, {
    variables: {
      filter: v.filter,
      complaints: v.complaints,
      previous: v.previous,
      previousComplaints: v.previousComplaints,
    },
  });
  const tiles = useMemo(() => {
    const d = result.data;
    if (!d) return null;
    return tileFigures(
      tilePeriod(d.volumeTrend, d.leadTimePerformance, d.compliments),
      tilePeriod(d.previousVolume, d.previousLeadTime, d.previousCompliments),
      d.volumeTrend.changeVsPreviousPeriod ?? null,
    );
  }, [result.data]);
  return { tiles, state: widgetState(result, tiles !== null, false) };
}

const LABELS: Record<TileFigure['id'], MessageId> = {
  received: 'dashboard.received',
  open: 'dashboard.open',
  pastDeadline: 'dashboard.pastDeadline',
  onTime: 'dashboard.onTime',
  compliments: 'dashboard.compliments',
};

/** Five key figures of the period, each with its change and a link to the cases behind it. */
export function TilesWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { tiles, state } = useTilesData(filter);
  const hrefs: Record<TileFigure['id'], string> = {
    received: dashboardCasesHref(filter),
    // The tile counts the reports' backlog: open cases not resolved yet.
    open: dashboardCasesHref(filter, { statuses: [...AWAITING_RESOLUTION_STATUSES] }),
    pastDeadline: dashboardCasesHref(filter, { kind: 'COMPLAINT', overdue: true }),
    onTime: dashboardCasesHref(filter, { kind: 'COMPLAINT', statuses: [...SETTLED_STATUSES] }),
    compliments: dashboardCasesHref(filter, { kind: 'COMPLIMENT' }),
  };
  const note = (tile: TileFigure) => {
    if (!tile.change) {
      if (tile.previous === null) return intl.formatMessage({ id: 'dashboard.noPrevious' });
      return intl.formatMessage(
        { id: 'dashboard.previousValue' },
        { value: tile.format === 'share' ? formatShare(tile.previous, locale) : formatNumber(tile.previous, locale) },
      );
    }
    return tile.change.kind === 'points'
      ? intl.formatMessage({ id: 'dashboard.vsPreviousPoints' }, { change: formatPoints(tile.change.value, locale) })
      : intl.formatMessage({ id: 'dashboard.vsPrevious' }, { change: formatChange(tile.change.value, locale) });
  };
  return (
    <section
      className="tiles-widget"
      aria-label={intl.formatMessage({ id: 'dashboard.tiles' })}
      aria-busy={state.status === 'loading'}
      data-widget="tiles"
      data-state={state.status}
    >
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState error={state.error} retry={state.retry} />}
      {tiles && state.status !== 'error' && (
        <div className="tiles" data-testid="tiles">
          {tiles.map((tile) => (
            <Link key={tile.id} className="tile" to={hrefs[tile.id]} data-tile={tile.id}>
              <span className="tile-label">{intl.formatMessage({ id: LABELS[tile.id] })}</span>
              <span className="value">
                {tile.value === null ? (
                  <Suppressed />
                ) : tile.format === 'share' ? (
                  formatShare(tile.value, locale)
                ) : (
                  formatNumber(tile.value, locale)
                )}
              </span>
              <span className="change">{note(tile)}</span>
            </Link>
          ))}
        </div>
      )}
    </section>
  );
}
