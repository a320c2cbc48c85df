import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { StringsProvider, type Language } from "../../src/taskpane/i18n";

/** Render a panel as the App does: Fluent provider and the strings of one language. */
export function renderPanel(ui: ReactElement, language: Language = "vi"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider language={language}>{ui}</StringsProvider>
    </FluentProvider>,
  );
}
