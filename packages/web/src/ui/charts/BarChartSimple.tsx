import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourAt } from './palette';

/**
 * Grouped horizontal bars per category, e.g. compliments and complaints per service. Horizontal
 * so long names stay readable on a phone; the height grows with the number of categories.
 */
export function GroupedBarChart({
  rows,
  series,
  formatNumber,
}: {
  rows: Array<{ label: string; values: Record<string, number | null> }>;
  series: Array<{ key: string; label: string }>;
  formatNumber: (value: number) => string;
}) {
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  return (
    <ResponsiveContainer width="100%" height={60 + rows.length * (18 * series.length + 14)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={formatNumber} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : value)} />
        <Legend />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={colourAt(i)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
