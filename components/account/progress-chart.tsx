"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TProgressPoint = { label: string; behavioral: number; execution: number };

/** Both deficit scores of one constraint across assessments. The table beside it carries the same figures. */
export function ProgressChart({ points, threshold }: { points: TProgressPoint[]; threshold: number }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e0e5" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} width={32} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="behavioral" name="Behavioral deficit" stroke="#6a3d9a" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="execution" name="Execution deficit" stroke="#b35900" strokeWidth={2} strokeDasharray="6 4" dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey={() => threshold} name={`Deficit threshold (${threshold})`} stroke="#4a5a66" strokeWidth={1} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
