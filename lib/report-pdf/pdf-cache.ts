import { createHash } from "node:crypto";

/**
 * Board report PDFs rendered once per content. A released report only changes when its revision,
 * its release or its link's settings change, and each of those changes the report itself, so the
 * report's own bytes are the key: nothing needs invalidating, and access is still checked per
 * request before the cache is asked. Memory stays bounded: at most `maxBytes` of PDFs are kept
 * (least recently used go first), at most `maxConcurrent` render at once (the rest wait in line),
 * and concurrent requests for the same report share one render.
 */
export type TPdfCache<T> = { pdfFor(report: T): Promise<Buffer>; stats(): { entries: number; bytes: number; renders: number } };

export function createPdfCache<T>(options: { render: (report: T) => Promise<Buffer>; maxBytes: number; maxConcurrent: number }): TPdfCache<T> {
  const done = new Map<string, Buffer>();
  const inFlight = new Map<string, Promise<Buffer>>();
  const waiting: (() => void)[] = [];
  let bytes = 0;
  let running = 0;
  let renders = 0;

  const slot = async () => {
    if (running >= options.maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  const keep = (key: string, pdf: Buffer) => {
    if (pdf.length > options.maxBytes) return;
    done.set(key, pdf);
    bytes += pdf.length;
    for (const [oldest, old] of done) {
      if (bytes <= options.maxBytes) break;
      done.delete(oldest);
      bytes -= old.length;
    }
  };

  return {
    async pdfFor(report) {
      const key = createHash("sha256").update(JSON.stringify(report)).digest("hex");
      const cached = done.get(key);
      if (cached) {
        // Most recently used goes to the end of the eviction order.
        done.delete(key);
        done.set(key, cached);
        return cached;
      }
      const pending = inFlight.get(key);
      if (pending) return pending;
      const rendering = (async () => {
        await slot();
        try {
          renders += 1;
          const pdf = await options.render(report);
          keep(key, pdf);
          return pdf;
        } finally {
          release();
          inFlight.delete(key);
        }
      })();
      inFlight.set(key, rendering);
      return rendering;
    },
    stats: () => ({ entries: done.size, bytes, renders }),
  };
}
