export {
  passCountFormula,
  failCountFormula,
  blankCountFormula,
  passCountExpression,
  failCountExpression,
  countExpression,
  cellTest,
} from "./native";
