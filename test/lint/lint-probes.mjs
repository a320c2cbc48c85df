/**
 * Lints snippets as if they were files (ESLint's Node API, the project's own
 * eslint.config.mjs; no file is written). Jest cannot load an ESM config in
 * its module system, so layers.test.ts runs this in a child Node process.
 * stdin: [{ code, filePath }]; stdout: [{ filePath, rules: string[], messages: string[] }].
 */
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const probes = JSON.parse(input);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { code, filePath } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result ? result.messages : [];
  results.push({ filePath, rules: messages.map((m) => m.ruleId ?? "fatal"), messages: messages.map((m) => m.message) });
}
process.stdout.write(JSON.stringify(results));
