/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createSimulatedExcel } from "../simulator";
import { PreviewShell } from "./PreviewShell";

/** The banner's background as the theme resolves it: its token's value on the FluentProvider. */
function bannerBackground(): string {
  const banner = screen.getByText(/BẢN XEM THỬ/u).closest("header") as HTMLElement;
  const value = getComputedStyle(banner).backgroundColor;
  const token = /^var\((--[A-Za-z0-9]+)\)$/u.exec(value)?.[1];
  const provider = banner.closest(".fui-FluentProvider") as HTMLElement;
  return token === undefined ? value : getComputedStyle(provider).getPropertyValue(token).trim();
}

/** A grey: red, green and blue within a few units of each other. */
function isNeutral(hex: string): boolean {
  const [r = 0, g = 0, b = 0] = (/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex) ?? [])
    .slice(1)
    .map((h) => Number.parseInt(h, 16));
  return /^#[0-9a-f]{6}$/iu.test(hex) && Math.max(r, g, b) - Math.min(r, g, b) <= 8;
}

test("the banner is neutral in light and dark mode (theme tokens, not the yellow palette that turns olive)", () => {
  render(<PreviewShell excel={createSimulatedExcel()} />);
  const light = bannerBackground();
  expect(isNeutral(light)).toBe(true);
  act(() => {
    fireEvent.click(screen.getByRole("switch", { name: "Giao diện tối" }));
  });
  const dark = bannerBackground();
  expect(isNeutral(dark)).toBe(true);
  expect(dark).not.toBe(light);
});
