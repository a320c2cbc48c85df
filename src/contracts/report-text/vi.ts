import type { ProgressData, ProvinceProgress } from "../../core/progress";
import type {
  CriterionCount,
  PeriodStage,
  PeriodValue,
  ProvinceReport,
  ReportData,
  ReportPeriod,
} from "../../core/report";
import { capitalise, formatCount, formatPercent, sentence } from "./format";
import type { ProgressTexts, ReportTexts } from "./types";

/** The report in Vietnamese, worded as the Ministry's ("Tính đến tháng 11/2023, trong 172 Công an phường …"). */

const count = (n: number): string => formatCount(n, "vi");
const pct = (rate: number): string => formatPercent(rate, "vi");
const two = (n: number): string => String(n).padStart(2, "0");
const ROMAN = ["I", "II", "III", "IV"];
const WARDS = "Công an phường";
const PROGRAMME = "xây dựng điển hình, kiểu mẫu về ANTT và văn minh đô thị";
const TITLE = "BÁO CÁO KẾT QUẢ XÂY DỰNG CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU VỀ AN NINH, TRẬT TỰ VÀ VĂN MINH ĐÔ THỊ";

function valueName(value: PeriodValue): string {
  switch (value.kind) {
    case "day":
      return `ngày ${two(value.day)}/${two(value.month)}/${value.year}`;
    case "month":
      return `tháng ${value.month}/${value.year}`;
    case "quarter":
      return `quý ${ROMAN[value.quarter - 1]}/${value.year}`;
    case "half":
      return `6 tháng ${value.half === 1 ? "đầu" : "cuối"} năm ${value.year}`;
    case "year":
      return `năm ${value.year}`;
  }
}

function periodName(stage: Pick<PeriodStage, "label" | "value">): string {
  if (stage.value !== null) return valueName(stage.value);
  return stage.label.trim() === "" ? "kỳ chưa ghi" : `kỳ “${stage.label}”`;
}

function asOf(period: ReportPeriod): string {
  switch (period.kind) {
    case "period":
      return `Tính đến ${valueName(period.value)}`;
    case "label":
      return `Tính đến ${periodName({ label: period.label, value: null })}`;
    case "date":
      return `Tính đến ngày ${two(period.day)}/${two(period.month)}/${period.year}`;
    case "none":
      return "";
  }
}

function overview(data: ReportData): string {
  const lead = asOf(data.period);
  if (data.registered === 0)
    return lead === "" ? `Chưa có ${WARDS} nào được tổng hợp.` : `${lead}, chưa có ${WARDS} nào được tổng hợp.`;
  const clauses = [
    ...data.byPassCount.map((p) => `${count(p.count)} ${WARDS} đạt ${p.met}/${p.total} tiêu chí`),
    data.incomplete > 0 ? `${count(data.incomplete)} ${WARDS} chưa chấm đủ tiêu chí` : "",
    data.invalid > 0 ? `${count(data.invalid)} ${WARDS} có ô kết quả không hợp lệ` : "",
  ].filter((c) => c !== "");
  const latest = data.periodCount > 1 ? " (mỗi phường tính theo kỳ chấm gần nhất)" : "";
  const registered = `trong ${count(data.registered)} ${WARDS} đăng ký ${PROGRAMME} đã được tổng hợp${latest}`;
  const body = `${registered}, có ${clauses.join("; ")}.`;
  return lead === "" ? capitalise(body) : `${lead}, ${body}`;
}

function criterion(m: CriterionCount): string {
  return m.wording === "" ? m.code : `${m.code} “${m.wording}”`;
}

function neededClause(needed: number | null): string {
  if (needed === null) return "";
  return needed === 0 ? "đã đạt chỉ tiêu" : `cần thêm ${count(needed)} phường đạt đủ tiêu chí để đạt chỉ tiêu`;
}

/** Over the province's total when entered; else the share of wards consolidated (missingTotals asks for the total). */
function province(p: ProvinceReport, data: ReportData): string {
  const all = `${data.criteriaTotal}/${data.criteriaTotal}`;
  const met =
    p.metAll === 0 ? `chưa có phường nào đạt đủ ${all} tiêu chí` : `${count(p.metAll)} phường đạt đủ ${all} tiêu chí`;
  const head = `${p.province}: ${count(p.assessed)} ${WARDS} đã tổng hợp, ${met}`;
  let clauses: string[];
  if (p.rateBasis === "assessed") {
    clauses = [p.metAll > 0 && p.rate !== null ? `${head} (${pct(p.rate)} số phường đã tổng hợp)` : head];
  } else if (p.rate === null) {
    const entered = `tổng số phường nhập ở trang “${data.provinceSheet}” (${count(p.wards ?? 0)})`;
    clauses = [head, `chưa tính được tỷ lệ: ${entered} nhỏ hơn số phường đạt đủ tiêu chí`];
  } else {
    const target = `chỉ tiêu ${pct(p.target)}, đạt ${pct(p.targetPct ?? 0)} chỉ tiêu`;
    const rate = `tỷ lệ ${pct(p.rate)} trên tổng số ${count(p.wards ?? 0)} phường (${target})`;
    const full =
      p.toFull === null || p.target >= 1
        ? ""
        : p.toFull === 0
          ? "đã đạt 100% (mục tiêu năm 2030)"
          : `để đạt 100% vào năm 2030 cần thêm ${count(p.toFull)} phường`;
    clauses = [head, rate, neededClause(p.needed), full];
  }
  const text = sentence(clauses);
  if (p.missedMost.length === 0) return text;
  const missed = p.missedMost.map((m) => `${criterion(m)} (${m.count}/${p.assessed} phường)`);
  return `${text} Tiêu chí chưa đạt nhiều nhất: ${missed.join("; ")}.`;
}

function missingTotals(provinces: readonly string[], sheet: string): string {
  if (provinces.length === 0) return "";
  const which =
    provinces.length === 1
      ? (provinces[0] as string)
      : `${count(provinces.length)} tỉnh, thành phố (${provinces.join(", ")})`;
  const consequence = "nên chưa tính được tỷ lệ trên tổng số phường và số phường còn thiếu so với chỉ tiêu";
  return `Chưa nhập tổng số phường của ${which} ở trang “${sheet}” ${consequence}.`;
}

function missedMost(missed: readonly CriterionCount[]): string {
  if (missed.length === 0) return "Không có tiêu chí nào bị đánh giá chưa đạt.";
  const list = missed.map((m) => `${criterion(m)}: ${count(m.count)} ${WARDS}`);
  return `Các tiêu chí chưa đạt nhiều nhất: ${list.join("; ")}.`;
}

function problems(p: ReportData["problems"]): string {
  if (p.unresolved === 0) return "";
  const kinds = [
    p.errors > 0 ? `${count(p.errors)} lỗi` : "",
    p.warnings > 0 ? `${count(p.warnings)} cảnh báo` : "",
  ].filter((k) => k !== "");
  return `Còn ${count(p.unresolved)} vấn đề chưa xử lý (${kinds.join(", ")}), xem chi tiết ở trang “${p.sheet}”.`;
}

function progressSummary(progress: ProgressData): string {
  const { stages, counts } = progress;
  const current = stages[stages.length - 1];
  const previous = stages[stages.length - 2];
  if (current === undefined) return "Chưa có kỳ chấm nào xác định được thời gian: chưa so sánh được tiến độ.";
  if (previous === undefined) return `Mới có số liệu một kỳ (${periodName(current)}): chưa so sánh được tiến độ.`;
  const clauses = [
    counts.newlyFull > 0 ? `${count(counts.newlyFull)} ${WARDS} mới đạt đủ tiêu chí` : "",
    counts.improved > 0 ? `${count(counts.improved)} ${WARDS} đạt thêm tiêu chí` : "",
    counts.fellBack > 0 ? `${count(counts.fellBack)} ${WARDS} không còn đạt đủ tiêu chí` : "",
    counts.declined > 0 ? `${count(counts.declined)} ${WARDS} giảm số tiêu chí đạt` : "",
    counts.unchanged > 0 ? `${count(counts.unchanged)} ${WARDS} giữ nguyên kết quả` : "",
    counts.firstSeen > 0 ? `${count(counts.firstSeen)} ${WARDS} mới được tổng hợp lần đầu` : "",
  ].filter((c) => c !== "");
  const span = `So với ${periodName(previous)}, đến ${periodName(current)}`;
  return clauses.length === 0
    ? `${span} không có ${WARDS} nào được chấm ở cả hai kỳ.`
    : `${span} có ${clauses.join("; ")}.`;
}

function progressProvince(p: ProvinceProgress, progress: ProgressData): string {
  const a = p.after;
  const b = p.before;
  const stages = progress.stages;
  if (a === null) return "";
  const now = periodName(stages[stages.length - 1] as PeriodStage);
  if (a.rate === null || (b !== null && b.rate === null))
    return `${p.province}: chưa tính được tỷ lệ (tổng số phường nhỏ hơn số phường đạt đủ tiêu chí).`;
  const needed = a.needed === 0 ? "đã đạt chỉ tiêu" : `còn cần thêm ${count(a.needed ?? 0)} phường`;
  const tail =
    a.rateBasis === "wards"
      ? `trên tổng số ${count(a.wards ?? 0)} phường, chỉ tiêu ${pct(a.target)}; ${needed}.`
      : "trên số phường đã tổng hợp (chưa nhập tổng số phường).";
  if (b === null || b.rate === null)
    return `${p.province}: lần đầu được tổng hợp (${now}), tỷ lệ ${pct(a.rate)} ${tail}`;
  const then = periodName(stages[stages.length - 2] as PeriodStage);
  const move =
    a.rate > b.rate
      ? `từ ${pct(b.rate)} (${then}) lên ${pct(a.rate)} (${now})`
      : a.rate < b.rate
        ? `từ ${pct(b.rate)} (${then}) xuống ${pct(a.rate)} (${now})`
        : `giữ nguyên ${pct(a.rate)} (${then} và ${now})`;
  return `${p.province}: tỷ lệ phường đạt đủ tiêu chí ${move} ${tail}`;
}

const progress: ProgressTexts = {
  summary: progressSummary,
  province: progressProvince,
  codes: (codes) => {
    if (codes.onlyBefore.length === 0 && codes.onlyAfter.length === 0) return "";
    const parts = [
      codes.onlyBefore.length > 0 ? `Chỉ có ở kỳ trước: ${codes.onlyBefore.join(", ")}.` : "",
      codes.onlyAfter.length > 0 ? `Chỉ có ở kỳ sau: ${codes.onlyAfter.join(", ")}.` : "",
    ];
    const which = parts.filter((s) => s !== "").join(" ");
    return `Bộ tiêu chí của hai kỳ khác nhau, chỉ so sánh các tiêu chí có ở cả hai kỳ. ${which}`;
  },
  unordered: (labels) =>
    labels.length === 0
      ? ""
      : `Kỳ ${labels.map((l) => `“${l}”`).join(", ")} không xác định được thời gian nên không đưa vào so sánh.`,
  wardHeader: [
    "Phường",
    "Tỉnh/thành phố",
    "Kỳ trước",
    "Kỳ này",
    "Số tiêu chí đạt kỳ trước",
    "Số tiêu chí đạt kỳ này",
    "Tiêu chí đạt thêm",
    "Tiêu chí không còn đạt",
    "Thay đổi",
    "Kết quả",
  ],
  chartHeader: ["Tỉnh/thành phố", "Tổng số phường", "Chỉ tiêu"],
  kinds: {
    newlyFull: "Mới đạt đủ tiêu chí",
    fellBack: "Không còn đạt đủ tiêu chí",
    improved: "Đạt thêm tiêu chí",
    declined: "Giảm số tiêu chí đạt",
    unchanged: "Giữ nguyên",
  },
};

export const viReport: ReportTexts = {
  title: (data) => {
    const when = asOf(data.period);
    return when === "" ? TITLE : `${TITLE} (${when.charAt(0).toLocaleLowerCase("vi")}${when.slice(1)})`;
  },
  periodName,
  asOf,
  overview,
  quota: (q) => {
    const standing =
      q.over > 0
        ? `vượt chỉ tiêu ${count(q.over)} ${WARDS}`
        : q.short > 0
          ? `còn thiếu ${count(q.short)} ${WARDS} so với chỉ tiêu`
          : "đạt đúng chỉ tiêu";
    const registered = `đã đăng ký ${count(q.registered)} ${WARDS}`;
    return `Chỉ tiêu được giao là ${count(q.quota)} ${WARDS}, ${registered} (${standing}).`;
  },
  province,
  missingTotals,
  missedMost,
  problems,
  progress,
};
