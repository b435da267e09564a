import { chromium } from "playwright-core";
import { startServer } from "./serve-production.mjs";
const s = await startServer(process.cwd());
const b = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
});
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on("console", (m) => m.type() === "error" && console.log("console", m.type(), m.text().slice(0, 500)));
p.on("pageerror", (e) => console.log("pageerror", e.message.slice(0, 800)));
await p.goto(s.url + (process.argv[2] ?? "/"));
await p.waitForTimeout(8000);
console.log(
  await p.evaluate(() => ({
    tours: window.__atlasStore?.getState().tours.length,
    tour: window.__atlasStore?.getState().tour,
    notices: window.__atlasStore?.getState().notices,
  })),
);
await p.screenshot({ path: "/tmp/dbg.png" });
await b.close();
await s.stop();
