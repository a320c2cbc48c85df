import type { TemplateProblems } from "../../../core/template/problems";
import type { ProblemTexts } from "../types";

export const viTemplate: ProblemTexts<keyof TemplateProblems> = {
  templateFormulaTooLong: (p) => ({
    message: `Bộ tiêu chí có ${p.criteria} tiêu chí: công thức của mẫu dài ${p.length} ký tự, vượt giới hạn ${p.limit} ký tự của Excel.`,
    action: `Mẫu này dùng được cho bộ đến khoảng ${p.maxCriteria} tiêu chí; hãy tách bộ tiêu chí thành nhiều bộ nhỏ hơn.`,
  }),
};
