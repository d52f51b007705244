import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/LocaleProvider';
import { outcomeLabel } from '../../../i18n/labels';
import { ChartCard } from '../../../ui/charts/ChartCard';
import { DataTable } from '../../../ui/charts/DataTable';
import { dashboardCasesHref, type DashboardFilter } from '../filters';
import { useReportVariables, widgetState } from './widget-data';

const OutcomesWidgetQuery = graphql(`
  query OutcomesWidgetQuery($filter: ReportFilter!) {
    outcomes(filter: $filter) {
      csv
      complaints {
        outcome
        count
      }
      complaintsUndecided
      suggestionsAdopted
      suggestionsDeclined
      suggestionsOpen
    }
  }
`);

/** Outcomes of complaints and suggestions received in the period. */
function useOutcomesData(filter: DashboardFilter) {
  const v = useReportVariables(filter);
  const result = useQuery(OutcomesWidgetQuery, { variables: { filter: v.filter } });
  const outcomes = result.data?.outcomes ?? null;
  const isEmpty =
    !outcomes ||
    (outcomes.complaints.every((o) => o.count === 0) &&
      outcomes.complaintsUndecided === 0 &&
      outcomes.suggestionsAdopted + outcomes.suggestionsDeclined + outcomes.suggestionsOpen === 0);
  return { outcomes, state: widgetState(result, outcomes !== null, isEmpty) };
}

/**
 * Justified against unjustified complaints, and suggestions adopted. The case list cannot be
 * narrowed by outcome (the API's CaseFilter has none), so this widget links to the complaints
 * and suggestions of the period as a whole rather than to a wrong subset.
 */
export function OutcomesWidget({ filter }: { filter: DashboardFilter }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { outcomes, state } = useOutcomesData(filter);
  const title = intl.formatMessage({ id: 'dashboard.outcomes' });
  const rows: ReactNode[][] = outcomes
    ? [
        ...outcomes.complaints.map((o) => [
          intl.formatMessage({ id: outcomeLabel(o.outcome) }),
          formatNumber(o.count, locale),
        ]),
        [intl.formatMessage({ id: 'outcome.undecided' }), formatNumber(outcomes.complaintsUndecided, locale)],
        [intl.formatMessage({ id: 'outcome.suggestionsAdopted' }), formatNumber(outcomes.suggestionsAdopted, locale)],
        [intl.formatMessage({ id: 'outcome.suggestionsDeclined' }), formatNumber(outcomes.suggestionsDeclined, locale)],
        [intl.formatMessage({ id: 'outcome.suggestionsOpen' }), formatNumber(outcomes.suggestionsOpen, locale)],
      ]
    : [];
  return (
    <ChartCard
      widget="outcomes"
      title={title}
      state={state}
      csv={outcomes?.csv}
      csvName="outcomes.csv"
      table={<DataTable caption={title} headers={['', intl.formatMessage({ id: 'dashboard.lt.cases' })]} rows={rows} />}
      links={
        <>
          <Link to={dashboardCasesHref(filter, { kind: 'COMPLAINT' })}>
            {intl.formatMessage({ id: 'dashboard.viewComplaints' })}
          </Link>
          {' · '}
          <Link to={dashboardCasesHref(filter, { kind: 'SUGGESTION' })}>
            {intl.formatMessage({ id: 'dashboard.viewSuggestions' })}
          </Link>
        </>
      }
    />
  );
}
