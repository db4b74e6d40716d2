import { describe, expect, it } from "vitest";
import { accountFormQuery, authFormProblemOf, retryAfterOf } from "@/lib/auth/form-problem";
import { retryWording } from "@/lib/rate-limited-error";

describe("a form posted without JavaScript comes back with a reason and, when refused, the wait", () => {
  it("reads only known problems", () => {
    expect(authFormProblemOf("rate-limited")).toBe("rate-limited");
    expect(authFormProblemOf("<script>")).toBeUndefined();
  });

  it("reads the wait in whole seconds within a day, and nothing else", () => {
    expect(retryAfterOf("840")).toBe(840);
    expect(retryWording(retryAfterOf("840")!)).toBe("in 14 minutes");
    for (const bad of ["0", "-5", "1e3", "90000", "12.5", "abc", undefined, ["60"]]) expect(retryAfterOf(bad), String(bad)).toBeUndefined();
  });
});

describe("accountFormQuery", () => {
  it("keeps a known problem, a sane wait and a local next path, and drops everything else", () => {
    expect(accountFormQuery({ problem: "rate-limited", retry: "90", next: "/invitations/abc" })).toEqual({ problem: "rate-limited", retryAfterSeconds: 90, next: "/invitations/abc" });
    expect(accountFormQuery({ problem: "<script>", retry: "-1", next: "//evil.example" })).toEqual({ problem: undefined, retryAfterSeconds: undefined, next: undefined });
  });
});
