import { createHash } from "node:crypto";

/**
 * Documents rendered once per content: the board report's PDF and its page. A released report only
 * changes when its revision, its release or its link's settings change, and each of those changes
 * the report itself, so the report's own bytes are the key: nothing needs invalidating, and access
 * is still checked per request before the cache is asked. Memory stays bounded: at most `maxBytes`
 * are kept (least recently used go first), at most `maxConcurrent` render at once (the rest wait in
 * line), and concurrent requests for the same content share one render.
 */
export type TRenderOnceCache<T, V> = {
  valueFor(content: T): Promise<V>;
  stats(): { entries: number; bytes: number; renders: number };
};

export function createRenderOnceCache<T, V>(options: {
  render: (content: T) => Promise<V>;
  sizeOf: (value: V) => number;
  /** What identifies the content; by default all of it. Leave out what does not change the document. */
  keyOf?: (content: T) => unknown;
  /** A rendered value that must not be served again (an error page, say) is handed to its waiters and dropped. */
  keep?: (value: V) => boolean;
  maxBytes: number;
  maxConcurrent: number;
}): TRenderOnceCache<T, V> {
  const done = new Map<string, { value: V; size: number }>();
  const inFlight = new Map<string, Promise<V>>();
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
  const remember = (key: string, value: V) => {
    if (options.keep && !options.keep(value)) return;
    const size = options.sizeOf(value);
    if (size > options.maxBytes) return;
    done.set(key, { value, size });
    bytes += size;
    for (const [oldest, old] of done) {
      if (bytes <= options.maxBytes) break;
      done.delete(oldest);
      bytes -= old.size;
    }
  };

  return {
    async valueFor(content) {
      const key = createHash("sha256")
        .update(JSON.stringify(options.keyOf ? options.keyOf(content) : content))
        .digest("hex");
      const cached = done.get(key);
      if (cached) {
        // Most recently used goes to the end of the eviction order.
        done.delete(key);
        done.set(key, cached);
        return cached.value;
      }
      const pending = inFlight.get(key);
      if (pending) return pending;
      const rendering = (async () => {
        await slot();
        try {
          renders += 1;
          const value = await options.render(content);
          remember(key, value);
          return value;
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
