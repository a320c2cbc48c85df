/**
 * The failure the host's actions throw, for the pane to recognise (it
 * imports it from here, never from src/excel): a KieuMauExcelError speaks
 * plainly (message and what to do next). A bad criteria set throws the
 * core's CriteriaSetError; cancelling, src/core/consolidate/pipeline.
 */
export { KieuMauExcelError } from "../../excel/errors";
