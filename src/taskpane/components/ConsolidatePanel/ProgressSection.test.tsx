/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { consolidateFixtures, ngheAnTwoPeriods } from "../../../../test/report/records";
import { renderPanel } from "../../../../test/support/render";
import { ProgressSection } from "./ProgressSection";

describe("Tiến độ in the Tổng hợp panel", () => {
  test("two periods: what changed, in the pane's language", () => {
    const result = consolidateFixtures(ngheAnTwoPeriods(10, true));
    renderPanel(<ProgressSection result={result} />);
    const section = screen.getByRole("region", { name: "Tiến độ giữa các kỳ" });
    expect(section.textContent).toMatch(/10/u);
    expect(section.textContent).toMatch(/11\/2023/u);
  });

  test("in English", () => {
    renderPanel(<ProgressSection result={consolidateFixtures(ngheAnTwoPeriods(10, true))} />, "en");
    expect(screen.getByRole("region", { name: "Progress between periods" }).textContent).toMatch(/\S/u);
  });

  test("one period: nothing to show", () => {
    const single = consolidateFixtures(ngheAnTwoPeriods(0, false).slice(0, 16));
    const { container } = renderPanel(<ProgressSection result={single} />);
    expect(container.querySelector("section")).toBeNull();
  });
});
