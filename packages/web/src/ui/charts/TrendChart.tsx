import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourAt, dashAt, OTHER_COLOUR } from './palette';

export interface TrendLine {
  key: string;
  label: string;
  values: Array<number | null>;
}

/**
 * Lines over time (at most a handful: callers fold the rest into "other", keyed `other`, drawn
 * grey). `formatNumber` writes the axis and tooltip figures in the reader's language.
 */
export function TrendChart({
  labels,
  lines,
  formatNumber,
}: {
  labels: string[];
  lines: TrendLine[];
  formatNumber: (value: number) => string;
}) {
  const data = labels.map((label, i) => ({
    label,
    ...Object.fromEntries(lines.map((l): [string, number | null] => [l.key, l.values[i] ?? null])),
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" minTickGap={12} />
        <YAxis allowDecimals={false} tickFormatter={formatNumber} width={40} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : value)} />
        <Legend />
        {lines.map((line, i) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={line.key === 'other' ? OTHER_COLOUR : colourAt(i)}
            strokeDasharray={dashAt(i)}
            strokeWidth={2}
            dot={labels.length <= 13}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
