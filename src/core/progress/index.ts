/** Progress ("Tiến độ") between periods or between two consolidations, as data. Pure. */
export {
  buildProgress,
  compareResults,
  type ProgressData,
  type ProvinceProgress,
  type WardChange,
  type WardChangeKind,
  type WardStanding,
} from "./progress";
