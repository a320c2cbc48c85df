export * from "./problem";
export type { ProblemParams } from "./codes";
