/**
 * End to end in headless Chromium against the built preview: insert the
 * matrix, type a ward's entries with the keyboard, see counts and
 * highlights, check, go to the typo, normalise, consolidate three ward
 * files, see the province summary. Screenshots of each step go to
 * test-output/screenshots/. No request may leave the page's origin.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { matrixWorkbook, phieuWorkbook, resultsFor } from "../consolidate/fixtures";
import { axeViolations, openPreview, ROOT, shot, type Session } from "./browser";

jest.setTimeout(180_000);

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await openPreview();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

const cell = (address: string) => page.locator(`td[data-address="${address}"]`);

async function cellText(address: string): Promise<string> {
  return (await cell(address).innerText()).trim();
}

async function cellBackground(address: string): Promise<string> {
  return cell(address).evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Type one entry into the selected cell and press Tab, like a user. */
async function typeAndTab(text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

describe("preview in Chromium", () => {
  test("insert the matrix template: a new sheet with the 22 criterion columns", async () => {
    await page.getByLabel("Số dòng phường").fill("5");
    await page.getByRole("button", { name: "Chèn mẫu", exact: true }).click();
    await page.getByText(/Đã chèn mẫu vào trang "Bảng chấm nhanh"/u).waitFor();
    expect(await cellText("C4")).toBe("TC01");
    expect(await cellText("X4")).toBe("TC22");
    expect(await cellText("Y4")).toMatch(/đạt/iu);
    await shot(page, "01-insert-matrix");
  });

  test("type a row with the keyboard: counts and highlights update as in Excel", async () => {
    await cell("A6").click();
    await typeAndTab("Hà Nội");
    await typeAndTab("Phường Mẫu");
    // TC01 "1", TC02 "x", TC03 "§¹t" (TCVN3), TC04 a typo, TC05… "1", TC10 "0".
    const entries = DEFAULT_CRITERIA_SET.criteria.map((c, i) =>
      i === 0 ? "1" : i === 1 ? "x" : i === 2 ? "§¹t" : i === 3 ? "daat" : c.code === "TC10" ? "0" : "1",
    );
    for (const entry of entries) await typeAndTab(entry);
    await page.keyboard.press("Enter");
    expect(await cellText("A6")).toBe("Hà Nội");
    expect(await cellText("E6")).toBe("§¹t");
    // Native formulas count 19: the typo and TC10 are not met, and "§¹t" (TCVN3) is
    // beyond what COUNTIF knows, until "Chuẩn hoá" rewrites it (then 20).
    expect(await cellText("Y6")).toBe("19");
    // The typo and the not-met cell are coloured by the template's conditional formats; a met cell is not.
    const plain = await cellBackground("G7");
    expect(await cellBackground("F6")).not.toBe(plain);
    expect(await cellBackground("L6")).not.toBe(plain);
    expect(await cellBackground("C6")).toBe(await cellBackground("G6"));
    await shot(page, "02-typed-row");
  });

  test("check lists the typo with what to type; go to cell selects it", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const problems = page.getByRole("list", { name: "Vấn đề cần sửa" });
    await problems.waitFor();
    await expect(problems.innerText()).resolves.toMatch(/F6: Phường Mẫu, TC04: "daat" không phải kết quả hợp lệ\./u);
    await expect(page.getByRole("list", { name: "Kết quả từng phường" }).innerText()).resolves.toMatch(
      /Phường Mẫu\s+20\/22/u,
    );
    await shot(page, "03-check");
    expect(
      (await axeViolations(page, "#taskpane")).filter((v) => v.impact === "serious" || v.impact === "critical"),
    ).toEqual([]);
    await page.getByRole("button", { name: "Đến ô F6" }).click();
    await page.locator("td[data-address='F6'] input").waitFor();
    expect(await page.locator("div[aria-live='polite']").first().innerText()).toMatch(/^F6/u);
  });

  test("normalise rewrites 1, x and §¹t to Đạt after confirmation, and leaves the typo", async () => {
    await page.getByRole("button", { name: "Chuẩn hoá", exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await shot(page, "04-normalise-confirm");
    await dialog.getByRole("button", { name: "Chuẩn hoá" }).click();
    await page.getByText(/Đã chuẩn hoá \d+ ô\. Còn 1 ô không hợp lệ/u).waitFor();
    expect(await cellText("C6")).toBe("Đạt");
    expect(await cellText("D6")).toBe("Đạt");
    expect(await cellText("E6")).toBe("Đạt");
    expect(await cellText("L6")).toBe("Không đạt");
    expect(await cellText("F6")).toBe("daat");
    expect(await cellText("Y6")).toBe("20");
    await shot(page, "05-normalised");
    // Fix the typo by hand: the count follows.
    await cell("F6").click();
    await page.keyboard.type("Đạt");
    await page.keyboard.press("Enter");
    expect(await cellText("Y6")).toBe("21");
  });

  test("consolidate three ward files with this workbook: provinces against target", async () => {
    const dir = path.join(ROOT, "test-output", "e2e-files");
    mkdirSync(dir, { recursive: true });
    const set = DEFAULT_CRITERIA_SET;
    const files = [
      {
        name: "phuong-a.xlsx",
        data: await phieuWorkbook({
          province: "Hà Nội",
          ward: "Phường A",
          period: "11/2026",
          results: resultsFor(set, []),
        }),
      },
      {
        name: "phuong-b.xlsx",
        data: await phieuWorkbook({
          province: "Huế",
          ward: "Phường B",
          period: "11/2026",
          results: resultsFor(set, ["TC07"]),
        }),
      },
      {
        name: "cum-c.xlsx",
        data: await matrixWorkbook([
          { province: "Huế", ward: "Phường C", results: resultsFor(set, []) },
          { province: "Huế", ward: "Phường D", results: resultsFor(set, []) },
        ]),
      },
    ];
    for (const f of files) writeFileSync(path.join(dir, f.name), f.data);

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByTestId("ward-files").setInputFiles(files.map((f) => path.join(dir, f.name)));
    await page.getByText("3 tệp đã chọn").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    // Hà Nội: Phường A (22/22) + Phường Mẫu from this workbook (21/22); Huế: B (21/22), C and D (22/22).
    await page.getByText(/^5 phường, 3 phường đạt đủ tiêu chí/u).waitFor();
    const table = page.getByRole("table", { name: "Theo tỉnh, so với chỉ tiêu" });
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/gu, " ").trim())).toEqual([
      expect.stringMatching(/^Hà Nội 2 1 50/u),
      expect.stringMatching(/^Huế 3 2 66,7/u),
    ]);
    await shot(page, "06-consolidated");
    expect(
      (await axeViolations(page, "#taskpane")).filter((v) => v.impact === "serious" || v.impact === "critical"),
    ).toEqual([]);
    await page.getByRole("button", { name: 'Mở trang "Theo tỉnh"' }).click();
    await expect(page.getByRole("table", { name: "Trang tính Theo tỉnh" }).innerText()).resolves.toMatch(/Huế/u);
    // As Excel in vi-VN shows it: the rate in its number format with a decimal comma, the target as a percentage.
    expect(await cellText("E4")).toBe("50,0%");
    expect(await cellText("F4")).toBe("30%");
    // The rate/target chart the summary creates, drawn over the sheet.
    const chart = page.getByRole("img", { name: /tỉnh/iu });
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.locator("rect[data-series]").count()).toBe(4);
    await shot(page, "07-province-sheet");
  });

  test("settings: targets and language; the pane speaks English on request", async () => {
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await shot(page, "08-settings");
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("tab", { name: "Settings" }).waitFor();
    await shot(page, "09-english");
    await page.getByRole("radio", { name: "Tiếng Việt" }).check();
    await page.getByRole("tab", { name: "Cài đặt" }).waitFor();
  });

  test("the phiếu shows its criteria's full wording on several lines; its header rows stay put while the grid scrolls", async () => {
    await page.getByRole("tab", { name: "Chèn mẫu" }).click();
    await page.getByRole("radio", { name: /Phiếu chấm/u }).check();
    await page.getByRole("button", { name: "Chèn mẫu", exact: true }).click();
    await page.getByText(/Đã chèn mẫu vào trang "Phiếu chấm"/u).waitFor();
    // C12: TC01's title and description, in a wrapped cell.
    const wording = await page.evaluate(() => {
      const excel = (window as unknown as { kieumauPreview: { sheet(n: string): { value(a: string): unknown } } })
        .kieumauPreview;
      return String(excel.sheet("Phiếu chấm").value("C12"));
    });
    expect(wording).toMatch(/^Nghị quyết, kế hoạch.{40,}/u);
    expect((await cell("C12").innerText()).replace(/\s+/gu, " ").trim()).toBe(wording);
    const box = await cell("C12").evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      line: Number.parseFloat(getComputedStyle(el).fontSize) * 1.2,
      overflow: getComputedStyle(el.firstElementChild as Element).textOverflow,
    }));
    expect(box.height).toBeGreaterThan(1.8 * box.line);
    expect(box.overflow).not.toBe("ellipsis");
    await shot(page, "10-phieu");
    // Frozen panes: the table header (row 10) keeps its place when the grid scrolls.
    const header = page.locator('td[data-address="A10"]');
    const before = (await header.boundingBox())?.y ?? 0;
    await page.locator("table[aria-label='Trang tính Phiếu chấm']").evaluate((table) => {
      (table.parentElement as HTMLElement).scrollTop = 400;
    });
    expect(Math.abs(((await header.boundingBox())?.y ?? 0) - before)).toBeLessThan(1);
    expect(await page.locator('td[data-address="C12"]').evaluate((el) => el.getBoundingClientRect().y)).toBeLessThan(
      before,
    );
  });

  test("Tab with nothing typed leaves the grid for the pane; Shift+Tab comes back to the selected cell", async () => {
    await cell("D12").click();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("table") === null)).toBe(true);
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("td")?.getAttribute("data-address"))).toBe("D12");
  });

  test("in dark mode the banner is a neutral grey, not olive", async () => {
    await page.getByRole("switch", { name: "Giao diện tối" }).check();
    const [r = 0, g = 0, b = 0] = await page
      .locator("header")
      .first()
      .evaluate((el) => (getComputedStyle(el).backgroundColor.match(/\d+/gu) ?? []).map(Number));
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(8);
    expect(r).toBeLessThan(64);
    await shot(page, "11-dark");
    await page.getByRole("switch", { name: "Giao diện tối" }).uncheck();
  });

  test("no request left the page's origin and no script error happened", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
