import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security/headers.mjs";
import { headersFile, IMMUTABLE_CACHE, inlineScriptHashes, inlineScripts, nginxSnippet, REVALIDATE_CACHE, serveConfig } from "@/lib/security/static-hosting.mjs";

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
    const expected = [sha("self.__next_f=self.__next_f||[]"), sha('import("/x.js")'), sha('self.__next_f.push([1,"é \\u003c/script>"])')].sort();
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
    expect(blocks.slice(1)).toEqual([`/_next/static/*\n  Cache-Control: ${IMMUTABLE_CACHE}`, `/data/*\n  Cache-Control: ${IMMUTABLE_CACHE}`]);
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
