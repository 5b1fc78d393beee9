#!/usr/bin/env node
// `npm test`: lint, type-check, unit tests, build, end-to-end tests — then one closing line
// "N passed, N failed" over all of them (lint, type-check and build count as one check each).
// Every step runs even when an earlier one fails, except e2e, which needs a build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.output/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

/** Runs vitest with a JSON report and counts its test cases; a run that executed no test is a failure. */
function vitest(label, args) {
  const report = `${REPORTS}/${label}.json`;
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // No report means vitest did not get as far as running tests.
    failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  if (results.numFailedTests > 0) failures.push(`${label}: ${results.numFailedTests} failed`);
  if (results.numTotalTests === 0 || (!ok && results.numFailedTests === 0)) {
    failed++;
    failures.push(`${label}: ${results.numTotalTests === 0 ? 'no test ran' : 'a suite failed to load'}`);
  }
}

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit', []);
if (check('build', 'npx', ['wxt', 'build'])) vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts']);
else {
  failed++;
  failures.push('e2e (skipped: the build failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
