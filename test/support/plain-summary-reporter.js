/**
 * Prints the one plain line CI reads at the very end of a run:
 * "N passed, N failed". Suites that fail to run count as one failure each.
 * The line is written when the process exits, after jest's own summary, and
 * also saved to test-output/test-summary.txt for .ci/run.
 */
const fs = require("fs");
const path = require("path");

class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const suiteErrors = results.testResults.filter(
      (suite) => suite.testExecError && suite.numFailingTests === 0,
    ).length;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests + suiteErrors} failed`;
    const dir = path.join(__dirname, "..", "..", "test-output");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "test-summary.txt"), `${line}\n`);
    process.once("exit", () => process.stdout.write(`${line}\n`));
  }
}
module.exports = PlainSummaryReporter;
