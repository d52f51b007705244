import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourAt } from './palette';

/** Rate ratio of a measure (after ÷ before) with its 95% interval; 1 means no change. */
export function RateRatioChart({ label, ratio, lower, upper }: { label: string; ratio: number; lower: number; upper: number }) {
  const data = [{ label, ratio, error: [ratio - lower, upper - ratio] }];
  return (
    <ResponsiveContainer width="100%" height={160}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, Math.max(2, Math.ceil(upper))]} />
        <YAxis type="category" dataKey="label" width={120} />
        <Tooltip />
        <ReferenceLine x={1} stroke="#000" strokeDasharray="4 2" />
        <Bar dataKey="ratio" fill={colourAt(0)} isAnimationActive={false}>
          <ErrorBar dataKey="error" width={6} strokeWidth={2} stroke="#000" direction="x" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
