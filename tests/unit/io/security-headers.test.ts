import { describe, expect, it } from "vitest";
import { parseFrameAncestors, remoteStyleOrigin, securityHeaders } from "@/lib/security/headers.mjs";
import { chooseBasemap } from "@/lib/map/basemap-choice";

const csp = (opts: Parameters<typeof securityHeaders>[0]) =>
  securityHeaders(opts).find((h) => h.key === "Content-Security-Policy")?.value ?? "";
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("allow only our own origin by default, with blob:/data: where MapLibre and the import worker need them", () => {
    const policy = csp({});
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' blob:");
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob:");
    expect(directive(policy, "worker-src")).toBe("worker-src 'self' blob:");
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    const keys = securityHeaders({}).map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy"]),
    );
    expect(keys).not.toContain("X-Powered-By");
    expect(csp({ dev: true })).toContain("'unsafe-eval'");
  });

  it("allow the build's inline scripts by hash only: never 'unsafe-inline' for scripts outside next dev", () => {
    const policy = csp({ scriptHashes: ["bbb=", "aaa=", "bbb="] });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-aaa=' 'sha256-bbb='");
    for (const options of [
      {},
      { scriptHashes: ["x="] },
      { basemapStyleUrl: "https://tiles.example.org/s.json", frameAncestors: "'self'" },
    ]) {
      expect(directive(csp(options), "script-src")).not.toContain("unsafe");
    }
    expect(directive(csp({ dev: true, scriptHashes: ["x="] }), "script-src")).toBe(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    );
  });

  it("add the remote style's origin exactly when the basemap uses one", () => {
    for (const raw of [
      "https://tiles.example.org/style.json?key=1",
      "ftp://x.org/s.json",
      "not a url",
      "",
      undefined,
    ]) {
      const choice = chooseBasemap(raw);
      expect(remoteStyleOrigin(raw)).toBe(choice.kind === "remote" ? choice.origin : null);
    }
    const policy = csp({ basemapStyleUrl: "https://tiles.example.org/style.json" });
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' blob: https://tiles.example.org");
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob: https://tiles.example.org");
  });

  it("allow embedding only by the configured origins", () => {
    expect(parseFrameAncestors("https://a.example 'self' javascript:x https://*.b.example")).toEqual({
      sources: ["https://a.example", "'self'"],
      ignored: ["javascript:x", "https://*.b.example"],
    });
    const headers = securityHeaders({ frameAncestors: "https://news.example" });
    expect(directive(csp({ frameAncestors: "https://news.example" }), "frame-ancestors")).toBe(
      "frame-ancestors https://news.example",
    );
    expect(headers.map((h) => h.key)).not.toContain("X-Frame-Options");
  });
});
