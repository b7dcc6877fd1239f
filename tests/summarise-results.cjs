// Prints the closing lines of `npm test`: "unit: N passed, N failed", "browser: …", "total: …".
const fs = require("fs");
const read = (p) => {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch {
    return null;
  }
};
const v = read("tests/artifacts/vitest.json");
const p = read("tests/artifacts/playwright.json");
const vp = v ? v.numPassedTests : 0;
const vf = v ? v.numFailedTests : 0;
const pp = p ? (p.stats.expected ?? 0) : 0;
const pf = p ? (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0) : 0;
const ps = p ? (p.stats.skipped ?? 0) : 0;
console.log(`unit: ${vp} passed, ${vf} failed`);
console.log(`browser: ${pp} passed, ${pf} failed, ${ps} skipped`);
console.log(`total: ${vp + pp} passed, ${vf + pf} failed`);
