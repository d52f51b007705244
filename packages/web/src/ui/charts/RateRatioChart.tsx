import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { colourAt } from './palette';

/** One measure's effect: the rate of target complaints after ÷ before, with its 95% interval. */
export interface RateRatioRow {
  key: string;
  label: string;
  ratio: number;
  lower: number;
  upper: number;
}

/**
 * Rate ratios (after ÷ before) with their 95% intervals as whiskers, one bar per measure; the
 * dashed line at 1 is "no change", so a whisker wholly left of it means fewer complaints after.
 */
export function RateRatioChart({
  rows,
  formatNumber,
}: {
  rows: RateRatioRow[];
  formatNumber: (value: number) => string;
}) {
  const data = rows.map((r) => ({ label: r.label, ratio: r.ratio, error: [r.ratio - r.lower, r.upper - r.ratio] }));
  // A short after-window gives intervals up to 50 and more; past 4 the axis would squash every bar
  // near 0, so it stops there and the whisker runs off the edge (the table has the exact bounds).
  const max = Math.min(4, Math.max(2, ...rows.map((r) => Math.ceil(r.upper))));
  return (
    <ResponsiveContainer width="100%" height={60 + rows.length * 40}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, max]} allowDataOverflow tickFormatter={formatNumber} />
        <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
        <ReferenceLine x={1} stroke="#000" strokeDasharray="4 2" />
        <Bar dataKey="ratio" fill={colourAt(0)} isAnimationActive={false} barSize={18}>
          <ErrorBar dataKey="error" width={6} strokeWidth={2} stroke="#000" direction="x" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
