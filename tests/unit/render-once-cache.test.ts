import { describe, expect, it } from "vitest";
import { createRenderOnceCache } from "@/lib/render-once-cache";

const pdfOf = (size: number) => Buffer.alloc(size, 1);

describe("documents rendered once per content, in bounded memory", () => {
  it("renders a report once, and again only when the report changes", async () => {
    let renders = 0;
    const cache = createRenderOnceCache<{ revision: number }, Buffer>({ sizeOf: (pdf) => pdf.length, render: async () => ((renders += 1), pdfOf(10)), maxBytes: 1_000, maxConcurrent: 2 });
    const first = await cache.valueFor({ revision: 1 });
    expect(await cache.valueFor({ revision: 1 })).toBe(first);
    expect(renders).toBe(1);
    await cache.valueFor({ revision: 2 });
    expect(renders).toBe(2);
  });

  it("shares one render between requests that arrive together", async () => {
    let renders = 0;
    const cache = createRenderOnceCache<string, Buffer>({ sizeOf: (pdf) => pdf.length, render: async () => ((renders += 1), await Promise.resolve(), pdfOf(10)), maxBytes: 1_000, maxConcurrent: 2 });
    const pdfs = await Promise.all(Array.from({ length: 5 }, () => cache.valueFor("same")));
    expect(renders).toBe(1);
    expect(new Set(pdfs).size).toBe(1);
  });

  it("never renders more than the allowed number at once; the rest wait their turn", async () => {
    let running = 0;
    let peak = 0;
    const cache = createRenderOnceCache<number, Buffer>({ sizeOf: (pdf) => pdf.length,
      render: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return pdfOf(10);
      },
      maxBytes: 1_000,
      maxConcurrent: 2,
    });
    await Promise.all(Array.from({ length: 8 }, (_, i) => cache.valueFor(i)));
    expect(peak).toBe(2);
    expect(cache.stats().renders).toBe(8);
  });

  it("keeps at most the byte budget, dropping the least recently used first", async () => {
    const cache = createRenderOnceCache<string, Buffer>({ sizeOf: (pdf) => pdf.length, render: async () => pdfOf(400), maxBytes: 1_000, maxConcurrent: 1 });
    await cache.valueFor("a");
    await cache.valueFor("b");
    await cache.valueFor("a");
    await cache.valueFor("c");
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 800, renders: 3 });
    await cache.valueFor("a");
    expect(cache.stats().renders).toBe(3);
    await cache.valueFor("b");
    expect(cache.stats().renders).toBe(4);
  });

  it("a failed render is not kept and frees its place", async () => {
    let fail = true;
    const cache = createRenderOnceCache<string, Buffer>({ sizeOf: (pdf) => pdf.length, render: async () => { if (fail) throw new Error("boom"); return pdfOf(10); }, maxBytes: 1_000, maxConcurrent: 1 });
    await expect(cache.valueFor("x")).rejects.toThrow("boom");
    fail = false;
    expect((await cache.valueFor("x")).length).toBe(10);
  });

  it("a value it must not keep goes to the requests waiting for it, and the next request renders again", async () => {
    let renders = 0;
    const cache = createRenderOnceCache<string, string>({
      render: async () => ((renders += 1), await Promise.resolve(), `error ${renders}`),
      sizeOf: (value) => value.length,
      keep: (value) => !value.startsWith("error"),
      maxBytes: 1_000,
      maxConcurrent: 1,
    });
    expect(await Promise.all([cache.valueFor("x"), cache.valueFor("x")])).toEqual(["error 1", "error 1"]);
    expect(await cache.valueFor("x")).toBe("error 2");
    expect(cache.stats()).toMatchObject({ entries: 0, renders: 2 });
  });

  it("keys on what keyOf picks, so what it leaves out does not cause a render", async () => {
    let renders = 0;
    const cache = createRenderOnceCache<{ report: string; cookie: string }, string>({
      render: async ({ report }) => ((renders += 1), report),
      keyOf: ({ report }) => report,
      sizeOf: (value) => value.length,
      maxBytes: 1_000,
      maxConcurrent: 1,
    });
    await cache.valueFor({ report: "r1", cookie: "a" });
    await cache.valueFor({ report: "r1", cookie: "b" });
    expect(renders).toBe(1);
    await cache.valueFor({ report: "r2", cookie: "a" });
    expect(renders).toBe(2);
  });
});
