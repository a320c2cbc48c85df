/**
 * The task pane alone (preview ?layout=pane) at the narrowest task-pane
 * width, 320 px, in light and dark: axe-core finds no serious or critical
 * violation in any panel, nothing overflows sideways, and every panel's
 * controls are reached with Tab and show a visible focus indicator.
 */
import type { Page } from "playwright-core";
import { axeViolations, openPreview, shot, type Session } from "./browser";

jest.setTimeout(180_000);

const PANELS = ["Chèn mẫu", "Kiểm tra", "Tổng hợp", "Cài đặt"] as const;

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each(["light", "dark"] as const)("task pane at 320 px, %s theme", (colorScheme) => {
  let session: Session;
  beforeAll(async () => {
    session = await openPreview({ width: 320, height: 900, query: "?layout=pane", colorScheme });
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(PANELS)("panel %s: no serious or critical axe violation, no sideways overflow", async (panel) => {
    const { page } = session;
    await page.getByRole("tab", { name: panel }).click();
    if (panel === "Kiểm tra") {
      // The result state too: a sheet that is not a template gives an error message.
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await page.getByRole("alert").waitFor();
    }
    const serious = (await axeViolations(page, "#taskpane")).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(serious).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, `a11y-${colorScheme}-${panel.replace(/\s+/gu, "-")}`);
  });

  test("every control is reached with Tab and shows where the focus is", async () => {
    const { page } = session;
    await page.getByRole("tab", { name: "Chèn mẫu" }).click();
    const reached = new Set<string>();
    let unmarked = 0;
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el === null || el === document.body) return null;
        const style = getComputedStyle(el);
        const parentStyle = el.parentElement === null ? null : getComputedStyle(el.parentElement);
        // Fluent draws focus with an outline or a box-shadow ring on the element (or, for radios and checkboxes, on the wrapper).
        const ring = (s: CSSStyleDeclaration | null) =>
          s !== null && ((s.outlineStyle !== "none" && s.outlineWidth !== "0px") || s.boxShadow !== "none");
        const afterRing = getComputedStyle(el, "::after");
        const marked =
          ring(style) ||
          ring(parentStyle) ||
          afterRing.borderStyle !== "none" ||
          el.hasAttribute("data-fui-focus-visible") ||
          el.closest("[data-fui-focus-within]") !== null;
        const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? null;
        return { name: el.getAttribute("aria-label") ?? label ?? (el.textContent?.trim() || el.tagName), marked };
      });
      if (focus === null) continue;
      reached.add(focus.name);
      if (!focus.marked) unmarked++;
    }
    // The tab list, the layout radios, the criteria buttons, the ward rows and the insert button.
    expect([...reached]).toEqual(
      expect.arrayContaining([
        "Chèn mẫu",
        "Bảng chấm nhanh (nhiều phường, dùng tại hội nghị)",
        "Nhập từ tệp JSON…",
        'Lấy từ trang "Bộ tiêu chí"',
        "Số dòng phường",
      ]),
    );
    expect(unmarked).toBe(0);
  });
});
