import { describe, expect, it } from "vitest";
import { createRequestGate } from "@/lib/http/request-gate";

describe("the request gate", () => {
  it("lets `max` requests work at once and the rest in, in arrival order, as places free up", async () => {
    const gate = createRequestGate(2);
    const order: number[] = [];
    const leaves: (() => void)[] = [];
    const entered = [1, 2, 3, 4].map((n) =>
      gate.enter().then((leave) => {
        order.push(n);
        leaves.push(leave);
      }),
    );
    await Promise.all(entered.slice(0, 2));
    expect(order).toEqual([1, 2]);
    expect(gate.stats()).toEqual({ working: 2, waiting: 2 });
    leaves[0]?.();
    await entered[2];
    expect(order).toEqual([1, 2, 3]);
    expect(gate.stats()).toEqual({ working: 2, waiting: 1 });
    leaves[1]?.();
    leaves[2]?.();
    await entered[3];
    leaves[3]?.();
    expect(gate.stats()).toEqual({ working: 0, waiting: 0 });
  });

  it("counts a place once however often its request says it left (finish, then close)", async () => {
    const gate = createRequestGate(1);
    const leave = await gate.enter();
    leave();
    leave();
    expect(gate.stats()).toEqual({ working: 0, waiting: 0 });
    const again = await gate.enter();
    expect(gate.stats().working).toBe(1);
    again();
  });
});
