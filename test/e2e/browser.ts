/**
 * The built preview in Debian's headless Chromium (playwright-core, no
 * downloaded browser). Builds the preview once per test file into
 * test-output/, serves it on 127.0.0.1 and records every request that
 * leaves the page's origin (there must be none).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveFolder } from "./static-server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "../..");
export const SHOTS = path.join(ROOT, "test-output", "screenshots");
// One build per test process: parallel workers never share (and clean) the same folder.
const BUILD = path.join(ROOT, "test-output", `preview-build-${process.pid}`);

let built = false;
export function buildPreview(): string {
  if (!built) {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "development",
        "--env",
        "preview",
        "--env",
        `outDir=${BUILD}`,
      ],
      {
        cwd: ROOT,
        stdio: "pipe",
        env: { ...process.env, OFFICE_JS: "cdn" },
      },
    );
    built = true;
    process.once("exit", () => rmSync(BUILD, { recursive: true, force: true }));
  }
  return BUILD;
}

export interface Session {
  readonly browser: Browser;
  readonly page: Page;
  readonly url: string;
  /** Requests to any origin but the preview's own. */
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openPreview(
  options: { width?: number; height?: number; query?: string; colorScheme?: "light" | "dark" } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium không có ở ${CHROMIUM}: cài bằng "apt-get install -y chromium" (.ci/run làm việc này) hoặc đặt CHROMIUM_PATH.`,
    );
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveFolder(buildPreview());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    locale: "vi-VN",
    colorScheme: options.colorScheme ?? "light",
  });
  const origin = new URL(server.url).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin)
      foreignRequests.push(url);
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/preview.html${options.query ?? ""}`);
  await page.getByRole("tab", { name: /Chèn mẫu|Insert/u }).waitFor();
  return {
    browser,
    page,
    url: server.url,
    foreignRequests,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const AXE_SOURCE = () => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the offending nodes. */
  readonly targets: string[];
}

/** axe-core over a part of the page; evaluated through DevTools, so the page's CSP stays on. */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!present) await page.evaluate(AXE_SOURCE());
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: string,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ html: string }> }>;
          }>;
        };
      }
    ).axe;
    // Tabster's focus-guard elements (data-tabster-dummy) are aria-hidden on purpose: Fluent's known false positive.
    const result = await axe.run({ include: [[sel]], exclude: [["[data-tabster-dummy]"]] } as unknown as string, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.html.slice(0, 160)),
    }));
  }, selector);
}

export async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
