/**
 * What webpack.config.js asks of the table at build time (loaded there
 * through ts-node): the finished metadata per language and the help pages.
 */
import { functionsHelpPage } from "../help/functions-help";
import { HELP_PAGES, METADATA_FILES, finishMetadata } from "./metadata";

/** Every file the functions add to the build besides the generated functions.json, by name. */
export function functionsBuildFiles(generatedJson: string, baseUrl: string): Record<string, string> {
  return {
    [METADATA_FILES.vi]: finishMetadata(generatedJson, "vi", baseUrl),
    [METADATA_FILES.en]: finishMetadata(generatedJson, "en", baseUrl),
    [HELP_PAGES.vi]: functionsHelpPage("vi"),
    [HELP_PAGES.en]: functionsHelpPage("en"),
  };
}
