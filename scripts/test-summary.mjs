// Prints vitest's JSON results as one closing line, "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2];
if (!file || !existsSync(file) || readFileSync(file, "utf8").trim() === "") {
  console.log("tests: 0 passed, 1 failed (no test results were written)");
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
process.exit(r.numFailedTests > 0 || r.numPassedTests === 0 ? 1 : 0);
