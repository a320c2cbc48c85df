import type { TemplateProblems } from "../../../core/template/problems";
import type { ProblemTexts } from "../types";

export const enTemplate: ProblemTexts<keyof TemplateProblems> = {
  templateFormulaTooLong: (p) => ({
    message: `The criteria set has ${p.criteria} criteria: a formula of the template would be ${p.length} characters long, over Excel's limit of ${p.limit}.`,
    action: `This template works for sets of up to about ${p.maxCriteria} criteria; split the set into smaller ones.`,
  }),
};
