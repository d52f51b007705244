import { amsterdamDate } from '@klankbord/domain';
import { useEffect, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSearchParams } from 'react-router';
import { preloadCharts } from '../../ui/charts/lazy';
import { DashboardFilters } from './DashboardFilters';
import { parseFilter, serializeFilter, type DashboardFilter } from './filters';
import { ComplimentsWidget } from './widgets/ComplimentsWidget';
import { LeadTimeWidget } from './widgets/LeadTimeWidget';
import { MeasuresWidget } from './widgets/MeasuresWidget';
import { OutcomesWidget } from './widgets/OutcomesWidget';
import { RecurringWidget } from './widgets/RecurringWidget';
import { SatisfactionWidget } from './widgets/SatisfactionWidget';
import { TilesWidget } from './widgets/TilesWidget';
import { TrendWidget } from './widgets/TrendWidget';

/**
 * Step 5 at a glance for management. The filter lives in the URL (bookmarkable, shareable, and
 * what the drill-down links carry on); each widget fetches its own report and shows its own
 * loading, empty and error state.
 */
export default function DashboardRoute() {
  const [params, setParams] = useSearchParams();
  const today = amsterdamDate(new Date());
  const filter = useMemo(() => parseFilter(params, today), [params, today]);
  const setFilter = (next: Partial<DashboardFilter>) => setParams(serializeFilter({ ...filter, ...next }));
  // The widgets' queries start on this render; fetch the chart code alongside them.
  useEffect(preloadCharts, []);

  return (
    <>
      <h1>
        <FormattedMessage id="dashboard.title" />
      </h1>
      <DashboardFilters filter={filter} onChange={setFilter} />
      <TilesWidget filter={filter} />
      <div className="grid">
        <TrendWidget filter={filter} />
        <RecurringWidget filter={filter} />
        <MeasuresWidget filter={filter} />
        <ComplimentsWidget filter={filter} />
        <LeadTimeWidget filter={filter} />
        <OutcomesWidget filter={filter} />
        <SatisfactionWidget filter={filter} />
      </div>
    </>
  );
}
