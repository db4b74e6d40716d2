import type { TConstraintClass, TInPlaceAdvice, TLever, TRecommendationKind } from "@/lib/diagnostic";
import { CONSTRAINT_CLASS_LABELS } from "@/lib/diagnostic/class-labels";

/** Marker shapes, drawn by class-symbol.tsx and the quadrant plot (each wide enough to hold a digit). */
export type TShape = "triangle" | "triangle_down" | "square" | "diamond" | "circle" | "cross";

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
  shape: TShape;
};

/**
 * Blue for team adoption: a hue the palette in app/globals.css does not use yet, 6.6:1 on white and
 * 6.2:1 on paper (AA). Arbitrary-value classes keep the theme file untouched.
 */
const TEAM = { text: "text-[#2a5d9f]", border: "border-[#2a5d9f]", borderLeft: "border-l-[#2a5d9f]", color: "#2a5d9f" } as const;

export const CLASS_META: Record<TConstraintClass, TClassMeta> = {
  behavioral: {
    label: CONSTRAINT_CLASS_LABELS.behavioral,
    zone: "Behavioral → coaching",
    textClass: "text-behavioral",
    borderClass: "border-behavioral",
    color: "#6a3d9a",
    shape: "triangle",
  },
  behavioral_team: {
    label: CONSTRAINT_CLASS_LABELS.behavioral_team,
    zone: "Team adoption: the system is sound, the permanent team does not use it",
    textClass: TEAM.text,
    borderClass: TEAM.border,
    color: TEAM.color,
    // The behavioral triangle turned over: related to behavioral, still told apart without colour.
    shape: "triangle_down",
  },
  execution: {
    label: CONSTRAINT_CLASS_LABELS.execution,
    zone: "Execution → fractional",
    textClass: "text-execution",
    borderClass: "border-execution",
    color: "#b35900",
    shape: "square",
  },
  dual: {
    label: CONSTRAINT_CLASS_LABELS.dual,
    zone: "Dual → Scaffolded Ascent",
    textClass: "text-dual",
    borderClass: "border-dual",
    color: "#1f5f5b",
    shape: "diamond",
  },
  no_clear_deficit: {
    label: CONSTRAINT_CLASS_LABELS.no_clear_deficit,
    zone: "No clear deficit",
    textClass: "text-muted",
    borderClass: "border-muted",
    color: "#4a5a66",
    shape: "circle",
  },
  insufficient_evidence: {
    label: CONSTRAINT_CLASS_LABELS.insufficient_evidence,
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
  targeted_coaching: { textClass: "text-behavioral", borderClass: "border-l-behavioral", softBgClass: "bg-white" },
  fractional: { textClass: "text-execution", borderClass: "border-l-execution", softBgClass: "bg-white" },
  scoped_fix: { textClass: "text-execution", borderClass: "border-l-execution", softBgClass: "bg-white" },
  paired: { textClass: "text-dual", borderClass: "border-l-dual", softBgClass: "bg-accent-soft" },
  bridge: { textClass: "text-execution", borderClass: "border-l-execution", softBgClass: "bg-white" },
  monitor: { textClass: "text-muted", borderClass: "border-l-muted", softBgClass: "bg-white" },
  insufficient_evidence: { textClass: "text-warn", borderClass: "border-l-warn", softBgClass: "bg-white" },
};

/** The decision's levers (v2) drawn in the hue of the kind of help they are. */
export const LEVER_META: Record<TLever, TKindMeta> = {
  coaching: KIND_META.coaching,
  targeted_coaching: KIND_META.targeted_coaching,
  team_coaching: { textClass: TEAM.text, borderClass: TEAM.borderLeft, softBgClass: "bg-white" },
  fractional: KIND_META.fractional,
  paired: KIND_META.paired,
  bridge: KIND_META.bridge,
  scoped_fix: KIND_META.scoped_fix,
  monitor: KIND_META.monitor,
  gather_evidence: KIND_META.insufficient_evidence,
};

/** Keep / Stop / Add / Re-scope: each written out, the colour only repeats it. */
export const IN_PLACE_META: Record<TInPlaceAdvice["action"], { label: string; className: string }> = {
  keep: { label: "Keep", className: "border-accent text-accent" },
  stop: { label: "Stop", className: "border-danger text-danger" },
  add: { label: "Add", className: "border-ink text-ink" },
  rescope: { label: "Re-scope", className: "border-warn text-warn" },
};

/** Short marker ("1", "2", …) that ties a constraint's chart point, legend entry and card together. */
export function constraintMarker(index: number): string {
  return String(index + 1);
}
