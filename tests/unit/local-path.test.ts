import { describe, expect, it } from "vitest";
import { localPathOr, withNext } from "@/lib/auth/local-path";
import { TEAM_MESSAGES, teamMessageKeyOf, teamMessageOf } from "@/lib/team-messages";

describe("where sign-in and sign-up go next", () => {
  it("follows a path of this site", () => {
    expect(localPathOr("/invitations/abc_DEF-123")).toBe("/invitations/abc_DEF-123");
    expect(localPathOr("/workspace/team?notice=invited")).toBe("/workspace/team?notice=invited");
  });

  it("goes to the workspace for anything that could lead to another site or is not a path", () => {
    for (const next of ["//evil.example", "/\\evil.example", "https://evil.example/", "evil.example", "javascript:alert(1)", "/ok\nLocation: x", "/a b", "", "x".repeat(600), undefined, 42, ["/a"]]) {
      expect(localPathOr(next), String(next)).toBe("/workspace");
    }
  });

  it("carries a local next to the other form, and nothing else", () => {
    expect(withNext("/sign-up", "/invitations/t")).toBe("/sign-up?next=%2Finvitations%2Ft");
    expect(withNext("/sign-in", "//evil.example", "problem=invalid")).toBe("/sign-in?problem=invalid");
    expect(withNext("/sign-in", undefined)).toBe("/sign-in");
  });
});

describe("team messages in addresses", () => {
  it("turns a service's sentence into a key and back, and ignores any other text", () => {
    expect(teamMessageOf(teamMessageKeyOf(TEAM_MESSAGES.lastOwner))).toBe(TEAM_MESSAGES.lastOwner);
    expect(teamMessageKeyOf("Some other failure")).toBe("failed");
    expect(teamMessageOf("Send your password to evil@example.com")).toBeUndefined();
  });
});
