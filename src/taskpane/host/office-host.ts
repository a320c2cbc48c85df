import { createExcelHost } from "./excel-host";
import type { AddinHost } from "./types";

/** The host inside Excel: Excel.run and Office's requirement-set check. */
export function createOfficeHost(): AddinHost {
  const requirements = Office.context.requirements;
  return createExcelHost(
    (batch) => Excel.run(batch),
    (name, version) => requirements.isSetSupported(name, version),
  );
}
