/** Chart layout shared by the web quadrant chart and the board PDF (presentation only, no rules). */

export type TXY = { x: number; y: number };

const MAX_ROUNDS = 200;

/**
 * Where to draw each marker so that no two are closer than `minGap` (in score units), moving each as
 * little as it can from its true position and staying inside 0-100. Deterministic: the same scores
 * always give the same picture. Constraints often share a score (equal answers on a short scale), and
 * markers drawn on top of each other would hide one another's numbers.
 */
export function spreadMarkers(points: readonly TXY[], minGap: number): TXY[] {
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  const out = points.map((p) => ({ x: clamp(p.x), y: clamp(p.y) }));
  // Identical positions give no direction to push along: start each group on a tiny circle, in order,
  // the first to the left, so two equal constraints end up side by side.
  const groups = new Map<string, number[]>();
  out.forEach((p, i) => groups.set(`${p.x},${p.y}`, [...(groups.get(`${p.x},${p.y}`) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((i, k) => {
      const angle = Math.PI + (2 * Math.PI * k) / members.length;
      const p = out[i];
      if (p) out[i] = { x: p.x + Math.cos(angle) * 0.01, y: p.y + Math.sin(angle) * 0.01 };
    });
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= minGap - 1e-6) continue;
        // Still identical after clamping at a wall: push along the wall.
        const [ux, uy] = d < 1e-9 ? [a.x <= 50 ? 1 : -1, 0] : [dx / d, dy / d];
        const push = (minGap - d) / 2 + 1e-3;
        out[i] = { x: clamp(a.x - ux * push), y: clamp(a.y - uy * push) };
        out[j] = { x: clamp(b.x + ux * push), y: clamp(b.y + uy * push) };
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
