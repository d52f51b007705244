import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourAt } from './palette';

export interface TrendLine {
  key: string;
  label: string;
  values: Array<number | null>;
}

/** Lines over time (at most a handful: callers fold the rest into "other"). */
export function TrendChart({ labels, lines }: { labels: string[]; lines: TrendLine[] }) {
  const data = labels.map((label, i) => Object.fromEntries([['label', label], ...lines.map((l) => [l.key, l.values[i]])]));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {lines.map((line, i) => (
          <Line key={line.key} dataKey={line.key} name={line.label} stroke={colourAt(i)} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
