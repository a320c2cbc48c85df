export { DEFAULT_TARGETS, TargetError, parseTarget, rate, targetPct, needed, quotaPct, targetForYear } from "./targets";
export { summariseProvince, type ProvinceSummary } from "./province";
