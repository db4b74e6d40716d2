import type { TConstraintClass } from "@/lib/diagnostic";
import { CLASS_META } from "@/components/results/class-meta";

/** Hand-drawn equivalents of the Recharts symbols used in the chart (server-safe: no Recharts import). */
const PATHS: Record<string, string> = {
  triangle: "M8 1.5 L15 14 L1 14 Z",
  square: "M2.5 2.5 H13.5 V13.5 H2.5 Z",
  diamond: "M8 1 L15 8 L8 15 L1 8 Z",
  circle: "M8 2 A6 6 0 1 1 7.99 2 Z",
  cross: "M5.5 1.5 H10.5 V5.5 H14.5 V10.5 H10.5 V14.5 H5.5 V10.5 H1.5 V5.5 H5.5 Z",
};

/** The class's chart shape as a small inline icon (decorative: the class is always also written out). */
export function ClassSymbol({ cls, size = 14 }: { cls: TConstraintClass; size?: number }) {
  const meta = CLASS_META[cls];
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 16 16" className="shrink-0">
      <path d={PATHS[meta.shape] ?? PATHS.circle} fill={meta.color} />
    </svg>
  );
}
