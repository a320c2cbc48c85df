import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./host/office-host";
import { browserSettingsStore } from "./settings/settings";
import { isDarkTheme } from "./theme";

/** Mount the task pane once Office is ready. */
function mount(): void {
  const container = document.getElementById("root");
  if (container === null) return;
  const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const dark = isDarkTheme(Office.context?.officeTheme, prefersDark);
  createRoot(container).render(<App host={createOfficeHost()} settingsStore={browserSettingsStore()} dark={dark} />);
}

void Office.onReady(mount);
