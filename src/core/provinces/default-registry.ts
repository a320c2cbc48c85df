import registryJson from "./registry/vn-2025.json";
import type { ProvinceRegistry } from "./types";
import { validateProvinceRegistry } from "./validate";

function load(): ProvinceRegistry {
  const checked = validateProvinceRegistry(registryJson, { file: "vn-2025.json" });
  if (!checked.ok) throw new Error(`Province registry vn-2025.json: ${checked.problems.map((p) => p.code).join(", ")}`);
  return checked.registry;
}

/**
 * The provinces and centrally-run cities of Việt Nam: the 34 since
 * 1/7/2025 (Nghị quyết 202/2025/QH15) and the 63 before, loaded through the
 * same validation as a user's extension.
 */
export const DEFAULT_PROVINCE_REGISTRY: ProvinceRegistry = load();
