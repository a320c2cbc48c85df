/**
 * Prints the one plain line CI reads at the very end of a run:
 * "N passed, N failed". Suites that fail to run count their tests as failed,
 * or as one failure when no test could be collected.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const suiteErrors = results.testResults.filter((suite) => suite.testExecError && suite.numFailingTests === 0).length;
    const failed = results.numFailedTests + suiteErrors;
    process.stdout.write(`${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = PlainSummaryReporter;
