// Prints Vitest's totals as one plain line ("N passed, N failed"), read from the JSON report written in CI.
import { existsSync, readFileSync } from 'node:fs';

const file = '.tmp/vitest-results.json';
if (!existsSync(file)) {
  process.stdout.write('vitest: no results file (the tests did not run)\n');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
process.stdout.write(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`);
