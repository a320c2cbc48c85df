export { scoreWard, statusText, type WardScore, type WardStatusKind, type InvalidEntry } from "./score-ward";
export { aggregateWards, type Aggregate } from "./aggregate";
