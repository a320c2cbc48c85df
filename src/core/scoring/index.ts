export { scoreWard, type WardScore, type InvalidEntry } from "./score-ward";
export {
  statusText,
  STATUS_WORDS,
  type StatusLanguage,
  type StatusFacts,
  type StatusPart,
  type StatusSlot,
  type WardStatusKind,
} from "./status-words";
export { aggregateWards, type Aggregate } from "./aggregate";
