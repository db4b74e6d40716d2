import type { SymbolType } from "recharts";
import type { TConstraintClass, TRecommendationKind } from "@/lib/diagnostic";

/**
 * Presentation only: how each engine class is named, coloured and drawn. No rules live here;
 * which class a constraint gets is always read from the engine result.
 */
export type TClassMeta = {
  label: string;
  /** The zone of the quadrant chart this class corresponds to, as text. */
  zone: string;
  /** Tailwind text colour (AA contrast on white) and matching border. */
  textClass: string;
  borderClass: string;
  /** SVG colour for chart marks, same hue as textClass. */
  color: string;
  /** Point shape in the chart and legend, so classes differ without colour. */
  shape: SymbolType;
};

export const CLASS_META: Record<TConstraintClass, TClassMeta> = {
  behavioral: {
    label: "Behavioral",
    zone: "Behavioral → coaching",
    textClass: "text-behavioral",
    borderClass: "border-behavioral",
    color: "#6a3d9a",
    shape: "triangle",
  },
  execution: {
    label: "Execution",
    zone: "Execution → fractional",
    textClass: "text-execution",
    borderClass: "border-execution",
    color: "#b35900",
    shape: "square",
  },
  dual: {
    label: "Dual",
    zone: "Dual → Scaffolded Ascent",
    textClass: "text-dual",
    borderClass: "border-dual",
    color: "#1f5f5b",
    shape: "diamond",
  },
  no_clear_deficit: {
    label: "No clear deficit",
    zone: "No clear deficit",
    textClass: "text-muted",
    borderClass: "border-muted",
    color: "#4a5a66",
    shape: "circle",
  },
  insufficient_evidence: {
    label: "Insufficient evidence",
    zone: "Not placed: too few answers to classify",
    textClass: "text-warn",
    borderClass: "border-warn",
    color: "#8a4b00",
    shape: "cross",
  },
};

export type TKindMeta = { textClass: string; borderClass: string; softBgClass: string };

export const KIND_META: Record<TRecommendationKind, TKindMeta> = {
  coaching: { textClass: "text-behavioral", borderClass: "border-l-behavioral", softBgClass: "bg-white" },
  fractional: { textClass: "text-execution", borderClass: "border-l-execution", softBgClass: "bg-white" },
  paired: { textClass: "text-dual", borderClass: "border-l-dual", softBgClass: "bg-accent-soft" },
  monitor: { textClass: "text-muted", borderClass: "border-l-muted", softBgClass: "bg-white" },
  insufficient_evidence: { textClass: "text-warn", borderClass: "border-l-warn", softBgClass: "bg-white" },
};

/** Short marker ("1", "2", …) that ties a constraint's chart point, legend entry and card together. */
export function constraintMarker(index: number): string {
  return String(index + 1);
}
