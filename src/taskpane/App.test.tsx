/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { fakeHost, emptyReport } from "../../test/support/fake-host";
import { App } from "./App";
import { publishRibbonCheck } from "../contracts/ribbon-bridge";
import { browserSettingsStore, DEFAULT_SETTINGS } from "./settings/settings";

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe("App", () => {
  test("opens on Chèn mẫu in Vietnamese; the tabs switch panels by keyboard too", () => {
    render(<App host={fakeHost()} settingsStore={browserSettingsStore(memoryStorage())} />);
    expect(screen.getByRole("heading", { name: "Chấm điểm phường kiểu mẫu" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Chèn mẫu" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    expect(screen.getByRole("heading", { name: "Tổng hợp kết quả các phường" })).toBeTruthy();
    const tab = screen.getByRole("tab", { name: "Cài đặt" });
    tab.focus();
    fireEvent.keyDown(tab, { key: "Enter" });
    fireEvent.click(tab);
    expect(screen.getByRole("heading", { name: "Cài đặt" })).toBeTruthy();
  });

  test("language and targets are kept in the settings store across sessions", () => {
    const storage = memoryStorage();
    const { unmount } = render(
      <App host={fakeHost()} settingsStore={browserSettingsStore(storage)} initialPanel="settings" />,
    );
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    unmount();
    render(<App host={fakeHost()} settingsStore={browserSettingsStore(storage)} />);
    expect(screen.getByRole("tab", { name: "Insert" })).toBeTruthy();
    expect(browserSettingsStore(storage).load()).toEqual({ ...DEFAULT_SETTINGS, language: "en" });
  });

  test("the ribbon's Kiểm tra brings the pane to the Kiểm tra panel", () => {
    render(<App host={fakeHost()} settingsStore={browserSettingsStore(memoryStorage())} />);
    act(() => publishRibbonCheck({ report: emptyReport() }));
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("Không có vấn đề nào. Mọi ô nhập đều hợp lệ.")).toBeTruthy();
  });

  test("the default target of the year in force reaches the consolidation", async () => {
    const consolidate = jest.fn(async () => Promise.reject(new Error("stop")));
    const storage = memoryStorage();
    browserSettingsStore(storage).save({ ...DEFAULT_SETTINGS, target2025: 0.45 });
    render(
      <App host={fakeHost({ consolidate })} settingsStore={browserSettingsStore(storage)} initialPanel="consolidate" />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("alert");
    expect(consolidate).toHaveBeenCalledWith(expect.objectContaining({ defaultTarget: 0.45 }));
  });

  test("the header names the criteria set once and links to the user guide served with the add-in", () => {
    render(<App host={fakeHost()} settingsStore={browserSettingsStore(memoryStorage())} />);
    const help = screen.getByRole("link", { name: "Hướng dẫn sử dụng (mở trong cửa sổ mới)" });
    expect(help.getAttribute("href")).toBe("help.html");
    expect(help.getAttribute("target")).toBe("_blank");
    // The subtitle and the Chèn mẫu panel each say "22 tiêu chí" once.
    const shown = screen.getAllByText(/^Công an phường điển hình, kiểu mẫu/u).map((e) => e.textContent ?? "");
    expect(shown).toHaveLength(2);
    for (const text of shown) expect(text.match(/22 tiêu chí/gu)).toHaveLength(1);
  });
});
