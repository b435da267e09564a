import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { embedFrameAncestors, securityHeaders } from "@/lib/security/headers.mjs";
import {
  EMBED_PAGE,
  headersFile,
  IMMUTABLE_CACHE,
  inlineScriptHashes,
  inlineScripts,
  nginxSnippet,
  pageRoutes,
  REVALIDATE_CACHE,
  serveConfig,
} from "@/lib/security/static-hosting.mjs";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const headers = securityHeaders({ scriptHashes: ["abc="] });
const csp = headers.find((h) => h.key === "Content-Security-Policy")!.value;

describe("inline script hashes for the CSP", () => {
  const html = [
    "<!DOCTYPE html><html><head>",
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    "<script>self.__next_f=self.__next_f||[]</script>",
    '<script type="module">import("/x.js")</script>',
    '<script type="application/ld+json">{"@type":"Dataset"}</script>',
    '<SCRIPT nonce="">self.__next_f.push([1,"é \\u003c/script>"])</SCRIPT >',
    "</head><body><script>self.__next_f=self.__next_f||[]</script></body></html>",
  ].join("");

  it("takes every inline script a browser would run, byte for byte, and no external or data script", () => {
    expect(inlineScripts(html)).toEqual([
      "self.__next_f=self.__next_f||[]",
      'import("/x.js")',
      'self.__next_f.push([1,"é \\u003c/script>"])',
      "self.__next_f=self.__next_f||[]",
    ]);
  });

  it("hashes them as SHA-256 of their UTF-8 text, once each, in a stable order", () => {
    const hashes = inlineScriptHashes([html, "<script>self.__next_f=self.__next_f||[]</script>"]);
    const expected = [
      sha("self.__next_f=self.__next_f||[]"),
      sha('import("/x.js")'),
      sha('self.__next_f.push([1,"é \\u003c/script>"])'),
    ].sort();
    expect(hashes).toEqual(expected);
  });
});

describe("headers for static hosts", () => {
  it("serve: security headers on every path, revalidated HTML, immutable hashed files (the later rule wins)", () => {
    const config = serveConfig(headers);
    expect(config.cleanUrls).toBe(true);
    expect(config.directoryListing).toBe(false);
    const [all, ...immutable] = config.headers;
    expect(all!.source).toBe("**");
    expect(all!.headers).toEqual([...headers, { key: "Cache-Control", value: REVALIDATE_CACHE }]);
    expect(immutable.map((r) => r.source)).toEqual(["_next/static/**", "data/**"]);
    for (const r of immutable) expect(r.headers).toEqual([{ key: "Cache-Control", value: IMMUTABLE_CACHE }]);
  });

  it("_headers: the set under /*, Cache-Control only where files are content-named (hosts merge rules)", () => {
    const text = headersFile(headers);
    const blocks = text.trim().split(/\n(?=\/)/);
    expect(blocks[0]).toBe(["/*", ...headers.map((h) => `  ${h.key}: ${h.value}`)].join("\n"));
    expect(blocks.slice(1)).toEqual([
      `/_next/static/*\n  Cache-Control: ${IMMUTABLE_CACHE}`,
      `/data/*\n  Cache-Control: ${IMMUTABLE_CACHE}`,
    ]);
  });

  it("nginx: every location repeats the whole set (nginx drops inherited add_header) and quotes values", () => {
    const text = nginxSnippet([...headers, { key: "X-Test", value: 'say "hi"' }]);
    const locations = [...text.matchAll(/location (\S+) \{([^}]*)\}/g)];
    expect(locations.map((m) => m[1])).toEqual(["/", "/_next/static/", "/data/"]);
    for (const [, path, body] of locations) {
      expect(body).toContain(`add_header Content-Security-Policy "${csp}" always;`);
      expect(body).toContain('add_header X-Test "say \\"hi\\"" always;');
      expect(body).toContain(`add_header Cache-Control "${path === "/" ? REVALIDATE_CACHE : IMMUTABLE_CACHE}" always;`);
    }
    expect(text).toContain("try_files $uri $uri.html $uri/index.html =404;");
  });
});

describe("framing: the app never, the embed page by the configured origins", () => {
  const app = securityHeaders({ scriptHashes: ["abc="] });
  const embed = securityHeaders({
    scriptHashes: ["abc="],
    frameAncestors: embedFrameAncestors("https://news.example, javascript:x"),
  });
  const ancestors = (list: readonly { key: string; value: string | null }[]) =>
    list
      .find((h) => h.key === "Content-Security-Policy")
      ?.value?.split("; ")
      .find((d) => d.startsWith("frame-ancestors"));

  it("embedFrameAncestors: our own origin (the share preview) and the valid configured origins", () => {
    expect(embedFrameAncestors(undefined)).toBe("'self'");
    expect(embedFrameAncestors("https://a.example 'self' https://*.b.example http://127.0.0.1:4000")).toBe(
      "'self' https://a.example http://127.0.0.1:4000",
    );
    expect(ancestors(app)).toBe("frame-ancestors 'none'");
    expect(ancestors(embed)).toBe("frame-ancestors 'self' https://news.example");
  });

  it("serve: the embed page's rule replaces the CSP; X-Frame-Options goes to every other page only", () => {
    const config = serveConfig(app, embed);
    expect(config.headers.map((r) => r.source)).toEqual([
      "**",
      "!(embed).html",
      EMBED_PAGE,
      "_next/static/**",
      "data/**",
    ]);
    expect(ancestors(config.headers[0]!.headers)).toBe("frame-ancestors 'none'");
    expect(config.headers[0]!.headers.map((h) => h.key)).not.toContain("X-Frame-Options");
    expect(config.headers[1]!.headers).toEqual([{ key: "X-Frame-Options", value: "DENY" }]);
    expect(ancestors(config.headers[2]!.headers)).toBe("frame-ancestors 'self' https://news.example");
  });

  it("_headers: /* says nothing about framing; each page's rule says who may frame it, the same on Netlify and Cloudflare", () => {
    const text = headersFile(app, { pages: ["index.html", "coverage.html", EMBED_PAGE], embed });
    const blocks = new Map(
      text
        .trim()
        .split(/\n(?=\/)/)
        .map((b) => [b.split("\n")[0]!, b.split("\n").slice(1)]),
    );
    expect(blocks.get("/*")!.join("\n")).not.toMatch(/frame-ancestors|X-Frame-Options/);
    expect(blocks.get("/*")!.join("\n")).toContain("script-src 'self' 'sha256-abc='");
    for (const route of ["/", "/index.html", "/coverage", "/coverage.html"]) {
      expect(blocks.get(route)!.join("\n"), route).toContain("frame-ancestors 'none'");
      expect(blocks.get(route), route).toContain("  X-Frame-Options: DENY");
    }
    for (const route of ["/embed", "/embed.html"]) {
      expect(blocks.get(route)!.join("\n"), route).toContain("frame-ancestors 'self' https://news.example");
      expect(blocks.get(route)!.join("\n"), route).not.toContain("X-Frame-Options");
    }
    expect(pageRoutes("a/index.html")).toEqual(["/a/", "/a/index.html"]);
  });

  it("nginx: exact locations for the embed page with its own set", () => {
    const text = nginxSnippet(app, embed);
    const locations = [...text.matchAll(/location (= )?(\S+) \{([^}]*)\}/g)];
    expect(locations.map((m) => m[2])).toEqual(["/", "/_next/static/", "/data/", "/embed", "/embed.html"]);
    for (const [, , path, body] of locations) {
      const embedded = path!.startsWith("/embed");
      expect(body, path).toContain(embedded ? "frame-ancestors 'self' https://news.example" : "frame-ancestors 'none'");
      expect(body!.includes("X-Frame-Options"), path).toBe(!embedded);
    }
  });
});
