import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Mount the task pane once Office is ready (or at once in a plain browser). */
function mount(): void {
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady(mount);
else mount();
