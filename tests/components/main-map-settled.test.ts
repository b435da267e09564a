import { beforeEach, describe, expect, it, vi } from "vitest";

// The module keeps the page's one "has the map settled" flag, so each test loads it afresh.
let mod: typeof import("../../components/state/main-map");
beforeEach(async () => {
  vi.resetModules();
  mod = await import("../../components/state/main-map");
});

describe("whenMainMapSettled", () => {
  it("waits for the main map's first idle, then runs each waiter once", () => {
    const a = vi.fn();
    const b = vi.fn();
    mod.whenMainMapSettled(a);
    mod.whenMainMapSettled(b);
    expect(a).not.toHaveBeenCalled();
    mod.markMainMapSettled();
    mod.markMainMapSettled();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it("runs at once once the map has settled", () => {
    mod.markMainMapSettled();
    const a = vi.fn();
    mod.whenMainMapSettled(a);
    expect(a).toHaveBeenCalledTimes(1);
  });

  it("does not run a waiter that was cancelled", () => {
    const a = vi.fn();
    const cancel = mod.whenMainMapSettled(a);
    cancel();
    mod.markMainMapSettled();
    expect(a).not.toHaveBeenCalled();
  });

  it("runs the other waiters when one of them cancels another", () => {
    const b = vi.fn();
    let cancelB = () => {};
    mod.whenMainMapSettled(() => cancelB());
    cancelB = mod.whenMainMapSettled(b);
    mod.markMainMapSettled();
    // Waiters run from a copy taken when the map settled, so b still runs: the rule is
    // "everything waiting at that moment", not an order-dependent race.
    expect(b).toHaveBeenCalledTimes(1);
  });
});
