/**
 * At most `max` requests are worked on at once; the rest wait in arrival order. Rendering a page
 * holds its data and its growing HTML in memory until the answer is sent, so twenty pages rendered
 * side by side take several times the memory of four, and on a server with few cores they are not
 * finished any sooner: the gate keeps the server's memory bounded under a burst without slowing it.
 */
export type TRequestGate = {
  /** Waits for a place; call the returned function once the answer is sent (or abandoned). */
  enter(): Promise<() => void>;
  stats(): { working: number; waiting: number };
};

export function createRequestGate(max: number): TRequestGate {
  let working = 0;
  const waiting: (() => void)[] = [];
  const leave = () => {
    const next = waiting.shift();
    if (next) next();
    else working -= 1;
  };
  return {
    enter() {
      let left = false;
      const once = () => {
        if (left) return;
        left = true;
        leave();
      };
      if (working < max) {
        working += 1;
        return Promise.resolve(once);
      }
      // The place of the request leaving passes straight to the first in line.
      return new Promise((resolve) => waiting.push(() => resolve(once)));
    },
    stats: () => ({ working, waiting: waiting.length }),
  };
}
