import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, formatDayTime, formatLongDay, formatLongDayTime } from "@/lib/format-date";
import { formatDate as formatPdfDate } from "@/lib/report-pdf/format";

describe("one way of writing dates", () => {
  it("writes a day as '30 Nov 2026' and a moment with its UTC time", () => {
    expect(formatDay("2026-11-30T23:59:00.000Z")).toBe("30 Nov 2026");
    expect(formatDay(new Date(Date.UTC(2026, 8, 3)))).toBe("3 Sep 2026");
    expect(formatDayTime("2026-11-30T14:05:09.000Z")).toBe("30 Nov 2026, 14:05 UTC");
    expect(formatDayTime(new Date(Date.UTC(2027, 0, 1, 0, 0)))).toBe("1 Jan 2027, 00:00 UTC");
  });

  it("reads a calendar date as that day in UTC", () => {
    expect(formatDay("2026-12-15")).toBe("15 Dec 2026");
  });

  it("returns what is not a date as it is", () => {
    expect(formatDay("not a date")).toBe("not a date");
    expect(formatDayTime("")).toBe("");
  });

  it("is the same formatter on the page and in the PDF, and the older names write the same", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        const day = formatDay(iso);
        expect(day).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
        expect(formatPdfDate(iso)).toBe(day);
        expect(formatLongDay(date)).toBe(day);
        expect(formatLongDayTime(iso)).toBe(formatDayTime(date));
        expect(formatDayTime(iso).startsWith(`${day}, `)).toBe(true);
        // The day written is the UTC day, whatever the machine's time zone.
        expect(day.startsWith(`${date.getUTCDate()} `)).toBe(true);
      }),
    );
  });
});
