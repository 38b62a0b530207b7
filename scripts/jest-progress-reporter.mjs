// A jest reporter that appends one JSON line per test file started and finished to the file named
// by CELLCRM_PROGRESS. scripts/run-jest.mjs reads it to count results and, when a run stops
// making progress, to name the file that was still running.
import { appendFileSync } from "node:fs";

export default class ProgressReporter {
  constructor() {
    this.file = process.env.CELLCRM_PROGRESS;
  }

  write(record) {
    if (this.file) appendFileSync(this.file, `${JSON.stringify({ ...record, at: Date.now() })}\n`);
  }

  onTestStart(test) {
    this.write({ event: "start", path: test.path });
  }

  onTestResult(test, result) {
    const crashed = result.testExecError !== undefined && result.testExecError !== null;
    this.write({
      event: "done",
      path: test.path,
      passed: result.numPassingTests,
      // a file that failed to run at all counts as one failure
      failed: result.numFailingTests + (crashed && result.numFailingTests === 0 ? 1 : 0),
      skipped: result.numPendingTests + result.numTodoTests,
    });
  }
}
