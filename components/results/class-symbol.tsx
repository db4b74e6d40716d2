import type { TConstraintClass } from "@/lib/diagnostic";
import { CLASS_META, type TShape } from "@/components/results/class-meta";

/**
 * Marker shapes on a 16 x 16 box centred on (8, 8), shared by the legend icons and the quadrant plot
 * (server-safe: no Recharts import). Each leaves room for a one-digit number at its visual centre.
 */
export const SHAPE_PATHS: Record<TShape, string> = {
  triangle: "M8 1 L15.5 14.5 L0.5 14.5 Z",
  triangle_down: "M0.5 1.5 L15.5 1.5 L8 15 Z",
  square: "M2 2 H14 V14 H2 Z",
  diamond: "M8 0.5 L15.5 8 L8 15.5 L0.5 8 Z",
  circle: "M8 1.5 A6.5 6.5 0 1 1 7.99 1.5 Z",
  cross: "M5 1 H11 V5 H15 V11 H11 V15 H5 V11 H1 V5 H5 Z",
};

/** Where a number sits inside each shape, as the offset of its centre from (8, 8) in box units. */
export const SHAPE_TEXT_DY: Record<TShape, number> = {
  triangle: 2.5,
  triangle_down: -2.5,
  square: 0,
  diamond: 0,
  circle: 0,
  cross: 0,
};

/** The class's chart shape as a small inline icon (decorative: the class is always also written out). */
export function ClassSymbol({ cls, size = 14 }: { cls: TConstraintClass; size?: number }) {
  const meta = CLASS_META[cls];
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 16 16" className="shrink-0">
      <path d={SHAPE_PATHS[meta.shape]} fill={meta.color} />
    </svg>
  );
}
