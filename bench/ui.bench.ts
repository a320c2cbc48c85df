/**
 * Task pane budgets: the production build's JavaScript, gzipped, per entry
 * and for the first load of taskpane.html (every script the page loads
 * before it renders; ExcelJS is a separate chunk loaded on first use), and
 * the time to first render of the production pane in headless Chromium
 * beside an empty page in the same run. office.js is stubbed (no network):
 * the pane renders as soon as Office.onReady answers.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveFolder } from "../test/e2e/static-server";
import { round, type Report } from "./report";

const ROOT = path.resolve(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_STUB = `window.Office = { onReady: (cb) => Promise.resolve(cb && cb({ host: "Excel" })), context: { requirements: { isSetSupported: () => true }, officeTheme: { bodyBackgroundColor: "#ffffff" } } };`;

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** The scripts a page loads, in order, from its HTML. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/gu)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/u.test(src));
}

async function medianRenderMs(url: string, ready: string, runs = 7): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }),
      );
      const start = Date.now();
      await page.goto(url);
      await page.waitForSelector(ready);
      times.push(Date.now() - start);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function run(report: Report): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), "kieumau-ui-bench-"));
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--env", `outDir=${out}`],
      { cwd: ROOT, stdio: "pipe" },
    );
    for (const entry of ["runtime", "taskpane", "functions", "commands"]) {
      report({
        name: `taskpane.bundle.entry.${entry}_gzip_kb`,
        value: round(gzipKb(path.join(out, `${entry}.js`)), 1),
        unit: "KiB",
        aim: "",
      });
    }
    const initial = pageScripts(readFileSync(path.join(out, "taskpane.html"), "utf8"));
    if (initial.length < 4)
      throw new Error(`taskpane.html loads ${initial.length} scripts; expected runtime, taskpane, functions, commands`);
    // Chunks loaded on demand (ExcelJS when files are read): not part of the first load.
    const lazy = readdirSync(out).filter((f) => f.endsWith(".js") && !initial.includes(f));
    report({
      name: "taskpane.bundle.lazy_gzip_kb",
      value: round(
        lazy.reduce((sum, f) => sum + gzipKb(path.join(out, f)), 0),
        1,
      ),
      unit: "KiB",
      aim: "",
    });
    const firstLoad = initial.reduce((sum, src) => sum + gzipKb(path.join(out, src)), 0);
    report({ name: "taskpane.bundle.firstload_gzip_kb", value: round(firstLoad, 1), unit: "KiB", aim: "<= 300" });

    writeFileSync(path.join(out, "empty.html"), "<!doctype html><html><body><h1>x</h1></body></html>");
    const server = await serveFolder(out);
    try {
      const empty = await medianRenderMs(`${server.url}/empty.html`, "h1");
      const pane = await medianRenderMs(`${server.url}/taskpane.html`, "h1");
      report({ name: "taskpane.render.first_ms", value: pane, unit: "ms", aim: "" });
      report({ name: "taskpane.render.empty_page_ms", value: empty, unit: "ms", aim: "" });
    } finally {
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
