/**
 * The old-engine check (src/engine-check/engine-check.js): parses as ES5,
 * loads before the bundle in the built taskpane.html, shows its Vietnamese
 * explanation under Internet Explorer 11's and EdgeHTML's user agents, and
 * stays silent in a modern engine.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, ROOT, buildPreview } from "./browser";
import { serveFolder } from "./static-server";

jest.setTimeout(180_000);

const SCRIPT = path.join(ROOT, "src/engine-check/engine-check.js");
const TRIDENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

describe("old-engine check", () => {
  it("is plain ES5 (Internet Explorer 11 parses it)", () => {
    expect(() => parse(readFileSync(SCRIPT, "utf8"), { ecmaVersion: 5 })).not.toThrow();
    // And a modern construct would be refused by the same check.
    expect(() => parse("const x = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  describe("in the built task pane", () => {
    let folder: string;
    let browser: Browser;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      if (!existsSync(CHROMIUM)) throw new Error(`Chromium không có ở ${CHROMIUM}.`);
      folder = buildPreview();
      server = await serveFolder(folder);
      browser = await chromium.launch({
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
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("loads before office.js and the bundle", () => {
      const html = readFileSync(path.join(folder, "taskpane.html"), "utf8");
      const check = html.indexOf('src="engine-check.js"');
      expect(check).toBeGreaterThan(0);
      expect(check).toBeLessThan(html.indexOf("office.js"));
      expect(check).toBeLessThan(html.indexOf("taskpane.js"));
      expect(readFileSync(path.join(folder, "engine-check.js"), "utf8")).toEqual(readFileSync(SCRIPT, "utf8"));
    });

    async function messageUnder(userAgent: string | undefined): Promise<string | null> {
      const page = await browser.newPage(userAgent === undefined ? {} : { userAgent });
      const origin = new URL(server.url).origin;
      // No network here: office.js from the CDN is refused at once rather than left to time out.
      await page.route("**/*", (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
      );
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
      const box = page.locator("#engine-check-message");
      const text = (await box.count()) === 0 ? null : await box.innerText();
      await page.close();
      return text;
    }

    it("explains, in Vietnamese first, what to do under Internet Explorer 11 (Excel 2019 volume-licensed)", async () => {
      const text = await messageUnder(TRIDENT);
      expect(text).toContain("Phiên bản Excel này chưa chạy được bảng tác vụ");
      expect(text).toContain("Internet Explorer 11");
      expect(text).toContain("kieumau consolidate");
      expect(text).toContain("tệp mẫu");
      expect(text).toMatch(/English: this Excel runs add-ins in an old browser engine/u);
    });

    it("explains under EdgeHTML too", async () => {
      expect(await messageUnder(EDGE_HTML)).toContain("EdgeHTML");
    });

    it("stays silent in a modern engine", async () => {
      expect(await messageUnder(undefined)).toBeNull();
    });
  });
});
