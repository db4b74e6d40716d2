import { describe, expect, it } from "vitest";
import { createPdfCache } from "@/lib/report-pdf/pdf-cache";

const pdfOf = (size: number) => Buffer.alloc(size, 1);

describe("board report PDFs rendered once per content, in bounded memory", () => {
  it("renders a report once, and again only when the report changes", async () => {
    let renders = 0;
    const cache = createPdfCache<{ revision: number }>({ render: async () => ((renders += 1), pdfOf(10)), maxBytes: 1_000, maxConcurrent: 2 });
    const first = await cache.pdfFor({ revision: 1 });
    expect(await cache.pdfFor({ revision: 1 })).toBe(first);
    expect(renders).toBe(1);
    await cache.pdfFor({ revision: 2 });
    expect(renders).toBe(2);
  });

  it("shares one render between requests that arrive together", async () => {
    let renders = 0;
    const cache = createPdfCache<string>({ render: async () => ((renders += 1), await Promise.resolve(), pdfOf(10)), maxBytes: 1_000, maxConcurrent: 2 });
    const pdfs = await Promise.all(Array.from({ length: 5 }, () => cache.pdfFor("same")));
    expect(renders).toBe(1);
    expect(new Set(pdfs).size).toBe(1);
  });

  it("never renders more than the allowed number at once; the rest wait their turn", async () => {
    let running = 0;
    let peak = 0;
    const cache = createPdfCache<number>({
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
    await Promise.all(Array.from({ length: 8 }, (_, i) => cache.pdfFor(i)));
    expect(peak).toBe(2);
    expect(cache.stats().renders).toBe(8);
  });

  it("keeps at most the byte budget, dropping the least recently used first", async () => {
    const cache = createPdfCache<string>({ render: async () => pdfOf(400), maxBytes: 1_000, maxConcurrent: 1 });
    await cache.pdfFor("a");
    await cache.pdfFor("b");
    await cache.pdfFor("a");
    await cache.pdfFor("c");
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 800, renders: 3 });
    await cache.pdfFor("a");
    expect(cache.stats().renders).toBe(3);
    await cache.pdfFor("b");
    expect(cache.stats().renders).toBe(4);
  });

  it("a failed render is not kept and frees its place", async () => {
    let fail = true;
    const cache = createPdfCache<string>({ render: async () => { if (fail) throw new Error("boom"); return pdfOf(10); }, maxBytes: 1_000, maxConcurrent: 1 });
    await expect(cache.pdfFor("x")).rejects.toThrow("boom");
    fail = false;
    expect((await cache.pdfFor("x")).length).toBe(10);
  });
});
