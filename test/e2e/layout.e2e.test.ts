/**
 * The task pane alone (preview ?layout=pane) at 320 and 360 px, light and
 * dark, in the states that crowd it most: problems listed in "Kiểm tra"
 * (long province and ward names, a bad entry), and "Tổng hợp" with 60 ward
 * files chosen and a by-province table. On every panel: no sideways scroll,
 * no button whose label wraps, no word broken across lines in a table cell,
 * no serious or critical axe violation; with 60 files the action and the
 * progress stay in view. One page load per width and theme. Full-page
 * screenshots go to test-output/screenshots/pane-<theme>-<width>-<panel>.png
 * (the ones docs/ui.md shows are copied from there into docs/images/).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { phieuWorkbook, resultsFor } from "../consolidate/fixtures";
import { axeViolations, openPreview, ROOT, SHOTS, type Session } from "./browser";

jest.setTimeout(600_000);

/** A task pane about as tall as Excel gives it on a 1366×768 laptop. */
const HEIGHT = 640;
const FILE_COUNT = 60;
/** Current (2025) provinces, so none is merged into another: six rows, the long names first. */
const PROVINCES = [
  "Thành phố Hồ Chí Minh",
  "Thành phố Đà Nẵng",
  "Thành phố Hải Phòng",
  "Thành phố Cần Thơ",
  "Tỉnh Khánh Hòa",
  "Thành phố Hà Nội",
];

let files: string[] = [];
const afterAllRemove: string[] = [];
afterAll(() => {
  for (const dir of afterAllRemove) rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const dir = path.join(ROOT, "test-output", `e2e-layout-files-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  afterAllRemove.push(dir);
  const set = DEFAULT_CRITERIA_SET;
  files = [];
  for (let i = 0; i < FILE_COUNT; i++) {
    const province = PROVINCES[i % PROVINCES.length] ?? "Huế";
    const ward = `Phường Số ${i + 1}`;
    const notMet = i % 4 === 0 ? ["TC07"] : [];
    const file = path.join(dir, `phuong-so-${String(i + 1).padStart(2, "0")}.xlsx`);
    writeFileSync(file, await phieuWorkbook({ province, ward, period: "11/2026", results: resultsFor(set, notMet) }));
    files.push(file);
  }
});

interface LayoutFaults {
  readonly sidewaysScroll: number;
  /** Elements inside the pane that scroll sideways (a table wider than the pane). */
  readonly scrollingBoxes: string[];
  readonly wrappedButtons: string[];
  readonly brokenWords: string[];
  readonly wordPerLine: string[];
}

/** What is wrong with the pane's layout as drawn now. */
async function layoutFaults(page: Page): Promise<LayoutFaults> {
  return page.evaluate(() => {
    const root = document.querySelector("#taskpane") ?? document.body;
    const px = (v: string) => Number.parseFloat(v) || 0;
    /** How many lines the text under `el` takes (element boxes and empty text do not count). */
    const textLines = (el: Node) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if ((n.textContent ?? "").trim() === "") continue;
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const rect of r.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top + rect.height / 2));
      }
      return tops.size;
    };
    /** Distinct line tops of one range of text. */
    const lineTops = (range: Range) =>
      new Set(
        [...range.getClientRects()]
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => Math.round(r.top + r.height / 2)),
      ).size;
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === "fixed";

    const wrappedButtons: string[] = [];
    for (const button of root.querySelectorAll("button")) {
      const text = button.textContent?.trim() ?? "";
      if (text === "" || !visible(button)) continue;
      const s = getComputedStyle(button);
      const lineHeight = px(s.lineHeight) || px(s.fontSize) * 1.4;
      // One line is as tall as the text's line or the icon beside it, whichever is taller.
      const icons = [...button.querySelectorAll("svg")].map((icon) => icon.getBoundingClientRect().height);
      const single =
        Math.max(lineHeight, ...icons) +
        px(s.paddingTop) +
        px(s.paddingBottom) +
        px(s.borderTopWidth) +
        px(s.borderBottomWidth);
      const height = button.getBoundingClientRect().height;
      // Lines of the label's text: a label broken in two has two line tops (the icon does not count).
      const lines = textLines(button);
      if (lines > 1 || height > Math.max(single, px(s.minHeight)) + 1) {
        wrappedButtons.push(`${text} (${lines} dòng, cao ${height.toFixed(1)} > ${single.toFixed(1)})`);
      }
    }

    const brokenWords: string[] = [];
    for (const cell of root.querySelectorAll("td, th")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        for (const m of (n.textContent ?? "").matchAll(/\S+/gu)) {
          const r = document.createRange();
          r.setStart(n, m.index ?? 0);
          r.setEnd(n, (m.index ?? 0) + m[0].length);
          if (lineTops(r) > 1) brokenWords.push(`${m[0]} (trong "${cell.textContent?.trim()}")`);
        }
      }
    }

    // A table's body cell wraps by cell, not by word: on average at least two words a line ("Thành phố / Đà Nẵng",
    // not "Thành / phố / Đà / Nẵng"). Column headers are short two-word labels and may stack.
    const wordPerLine: string[] = [];
    for (const cell of root.querySelectorAll("tbody td, tbody th")) {
      const words = (cell.textContent ?? "")
        .trim()
        .split(/\s+/u)
        .filter((w) => w !== "").length;
      const lines = textLines(cell);
      if (words > 1 && lines > Math.ceil(words / 2))
        wordPerLine.push(`"${cell.textContent?.trim()}": ${words} từ trên ${lines} dòng`);
    }

    const scrollingBoxes: string[] = [];
    for (const el of root.querySelectorAll("*")) {
      if (!visible(el)) continue;
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        scrollingBoxes.push(
          `${el.tagName.toLowerCase()}[${el.getAttribute("aria-label") ?? el.className}] ${el.scrollWidth}>${el.clientWidth}`,
        );
      }
    }

    return {
      sidewaysScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      scrollingBoxes,
      wrappedButtons,
      brokenWords,
      wordPerLine,
    };
  });
}

async function expectCleanLayout(page: Page): Promise<void> {
  const faults = await layoutFaults(page);
  expect(faults).toEqual({
    sidewaysScroll: expect.any(Number),
    scrollingBoxes: [],
    wrappedButtons: [],
    brokenWords: [],
    wordPerLine: [],
  });
  expect(faults.sidewaysScroll).toBeLessThanOrEqual(0);
  const serious = (await axeViolations(page, "#taskpane")).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious).toEqual([]);
}

async function fullShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe.each([
  [320, "light"],
  [320, "dark"],
  [360, "light"],
  [360, "dark"],
] as const)("task pane at %i px, %s theme", (width, colorScheme) => {
  let session: Session;
  let page: Page;
  const name = (panel: string) => `pane-${colorScheme}-${width}-${panel}`;

  beforeAll(async () => {
    session = await openPreview({ width, height: HEIGHT, query: "?layout=pane", colorScheme });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  test("Chèn mẫu; Enter in Số dòng phường inserts the matrix", async () => {
    await expectCleanLayout(page);
    await fullShot(page, name("insert"));
    await page.getByLabel("Số dòng phường").fill("3");
    await page.getByLabel("Số dòng phường").press("Enter");
    await page.getByText(/Đã chèn mẫu vào trang "Bảng chấm nhanh"/u).waitFor();
    await expectCleanLayout(page);
  });

  test("Kiểm tra with problems listed", async () => {
    // A user's entries, long names and two bad entries, straight into the simulated workbook.
    await page.evaluate((criteria) => {
      const excel = (window as unknown as { kieumauPreview: { type(s: string, a: string, v: string): void } })
        .kieumauPreview;
      const rows: Array<[number, string, string, Record<number, string>]> = [
        [6, "Thành phố Hồ Chí Minh", "Phường Bến Thành", { 0: "daat" }],
        [7, "Tỉnh Khánh Hòa", "Phường Long Hương", { 3: "2", 9: "Không đạt" }],
      ];
      const column = (i: number) => String.fromCharCode("C".charCodeAt(0) + i);
      for (const [row, province, ward, odd] of rows) {
        excel.type("Bảng chấm nhanh", `A${row}`, province);
        excel.type("Bảng chấm nhanh", `B${row}`, ward);
        for (let i = 0; i < criteria; i++) excel.type("Bảng chấm nhanh", `${column(i)}${row}`, odd[i] ?? "Đạt");
      }
    }, DEFAULT_CRITERIA_SET.criteria.length);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("list", { name: "Vấn đề cần sửa" }).waitFor();
    await expect(page.getByRole("button", { name: /^Đến ô C6/u }).count()).resolves.toBeGreaterThan(0);
    await expectCleanLayout(page);
    await fullShot(page, name("check"));
  });

  test(`Tổng hợp with ${FILE_COUNT} files: the action and the progress stay in view; the by-province table`, async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByTestId("ward-files").setInputFiles(files);
    await page.getByText(`${FILE_COUNT} tệp đã chọn`).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const run = page.getByRole("button", { name: "Tổng hợp", exact: true });
    expect(await run.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await expectCleanLayout(page);
    await fullShot(page, name("files"));
    // Record where the progress bar is drawn, every time it changes, while the run lasts.
    await page.evaluate(() => {
      const seen: Array<{ top: number; bottom: number }> = [];
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      const look = () => {
        const bar = document.querySelector("#taskpane [role='progressbar']");
        if (bar !== null) {
          const r = bar.getBoundingClientRect();
          seen.push({ top: r.top, bottom: r.bottom });
        }
      };
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await run.click();
    await page.getByText(/^\d+ phường, \d+ phường đạt đủ tiêu chí/u).waitFor({ timeout: 300_000 });
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: Array<{ top: number; bottom: number }> }).progressSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((r) => r.top < 0 || r.bottom > HEIGHT)).toEqual([]);
    const table = page.getByRole("table", { name: "Theo tỉnh, so với chỉ tiêu" });
    await expect(table.locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(PROVINCES.length);
    await expectCleanLayout(page);
    await fullShot(page, name("consolidate"));
  });

  test("Cài đặt", async () => {
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await expectCleanLayout(page);
    await fullShot(page, name("settings"));
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
