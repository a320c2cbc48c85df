export * from "./problem";
export type { ProblemParams } from "./codes";
export type { ProblemRenderer } from "./render";
