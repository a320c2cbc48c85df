export { passCountFormula, failCountFormula, blankCountFormula, passCountExpression, failCountExpression } from "./native";
