/**
 * Development and demo aid, never in the production build: the real task
 * pane over the strict simulated workbook, with the KIEUMAU functions
 * registered in its formula engine. Served by `npm start` where there is no
 * Excel (https://localhost:3000/preview.html).
 */
import { createRoot } from "react-dom/client";
import { registerKieumauFunctions } from "../functions/hyperformula-plugin";
import { createSimulatedExcel } from "../simulator";
import { PreviewShell } from "./PreviewShell";

registerKieumauFunctions();
const excel = createSimulatedExcel({ sheets: ["Sheet1"] });
// The summary's chart is recorded, and drawn by the grid, as Excel would show it.
// For the end-to-end tests and the curious: the workbook behind the grid.
(window as unknown as { kieumauPreview: unknown }).kieumauPreview = excel;

const container = document.getElementById("root");
if (container !== null)
  createRoot(container).render(
    <PreviewShell excel={excel} paneOnly={new URLSearchParams(window.location.search).get("layout") === "pane"} />,
  );
