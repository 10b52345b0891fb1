#!/usr/bin/env node
// `npm test`: every check in order, then one line per suite and one summary line
// `N passed, N failed` over all suites (single checks such as typecheck count as one; test
// runners count their tests). Exits 1 when anything failed. Suites that need a build are marked
// failed, not silently skipped, when the build fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extensionDir } from './lib/output-dir.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS, 'unit-report.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'e2e-report.json');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** Runs a command with live output (or captured, when `capture`); returns its exit code and output. */
function run(command, args, { capture = false } = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const bin = fs.existsSync(path.join(BIN, command)) ? path.join(BIN, command) : command;
  const child = spawnSync(bin, args, {
    cwd: ROOT,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error) console.error(String(child.error));
  return { code: child.status ?? 1, stdout: child.stdout ?? '' };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A suite that is one check: passed when the command exits 0. */
const single = (command, args) => () => {
  const { code } = run(command, args);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
};

const suites = [
  { name: 'typecheck', run: single('tsc', ['--noEmit']) },
  { name: 'eslint', run: single('eslint', ['.']) },
  {
    name: 'unit (vitest)',
    run: () => {
      fs.rmSync(VITEST_JSON, { force: true });
      const { code } = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
      const report = readJson(VITEST_JSON);
      if (!report) return { passed: 0, failed: 1, note: 'no report' };
      // A test file that fails to load has no tests; count it as one failure.
      const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
      const counted = report.numFailedTests + brokenFiles;
      const failed = counted + (code !== 0 && counted === 0 ? 1 : 0);
      return { passed: report.numPassedTests, failed, note: brokenFiles ? `${brokenFiles} test files failed to load` : undefined };
    },
  },
  { name: 'build (chrome-mv3 + firefox-mv3)', needsBuild: false, isBuild: true, run: single('npm', ['run', 'build']) },
  {
    name: 'web-ext lint (firefox-mv3)',
    needsBuild: true,
    run: () => {
      const { stdout } = run('web-ext', ['lint', '-s', extensionDir('firefox-mv3'), '--output', 'json', '--no-input'], { capture: true });
      const report = parseJsonOutput(stdout);
      if (!report) return { passed: 0, failed: 1, note: 'unreadable web-ext output' };
      const { errors, warnings, notices } = report.summary;
      for (const e of report.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
      for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message} (${w.file ?? ''})`);
      return { passed: errors === 0 ? 1 : 0, failed: errors === 0 ? 0 : 1, note: `${errors} errors, ${warnings} warnings, ${notices} notices` };
    },
  },
  {
    name: 'firefox smoke (firefox-esr)',
    needsBuild: true,
    run: () => {
      const { code, stdout } = run('node', ['tests/firefox/smoke.mjs'], { capture: true });
      process.stdout.write(stdout);
      const m = /firefox smoke: (\d+) passed, (\d+) failed/.exec(stdout);
      if (!m) return { passed: 0, failed: 1, note: 'did not finish' };
      const failed = Number(m[2]) + (code !== 0 && m[2] === '0' ? 1 : 0);
      return { passed: Number(m[1]), failed };
    },
  },
  {
    name: 'e2e (Playwright + Chromium)',
    needsBuild: true,
    run: () => {
      fs.rmSync(PLAYWRIGHT_JSON, { force: true });
      const { code } = run('playwright', ['test']);
      const report = readJson(PLAYWRIGHT_JSON);
      const stats = report?.stats;
      if (!stats) return { passed: 0, failed: 1, note: 'no report' };
      const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
      // Tests marked `test.fail()` are targets not met yet: they are not counted as passed, and
      // are listed by name so a green run never hides them.
      const gaps = knownGaps(report);
      knownGapTitles.push(...gaps);
      const skipped = skippedTests(report);
      skippedTitles.push(...skipped);
      const notes = [stats.flaky ? `${stats.flaky} flaky` : null, gaps.length ? `${gaps.length} known gaps` : null, skipped.length ? `${skipped.length} skipped` : null].filter(Boolean);
      return { passed: stats.expected + stats.flaky - gaps.length, failed, note: notes.length ? notes.join(', ') : undefined };
    },
  },
];

/** Every test of a Playwright JSON report with its spec title. */
function playwrightTests(report) {
  const tests = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) tests.push({ title: spec.title, test: t });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return tests;
}

/** Titles of Playwright tests that ran as expected failures (`test.fail()`), with their reason. */
function knownGaps(report) {
  return playwrightTests(report).flatMap(({ title, test }) => {
    const fail = (test.annotations ?? []).find((a) => a.type === 'fail');
    return fail && test.status === 'expected' ? [`${title} (${fail.description ?? 'expected to fail'})`] : [];
  });
}

/** Titles of Playwright tests that were skipped (e.g. the corpus crawl without ../shared), so a green run says so. */
function skippedTests(report) {
  return playwrightTests(report).flatMap(({ title, test }) => (test.status === 'skipped' ? [title] : []));
}

const knownGapTitles = [];
const skippedTitles = [];

function parseJsonOutput(stdout) {
  const start = stdout.indexOf('{');
  try {
    return start < 0 ? null : JSON.parse(stdout.slice(start));
  } catch {
    return null;
  }
}

fs.mkdirSync(RESULTS, { recursive: true });
const rows = [];
let buildOk = true;
for (const suite of suites) {
  const started = Date.now();
  const result = suite.needsBuild && !buildOk ? { passed: 0, failed: 1, note: 'not run: the build failed' } : suite.run();
  if (suite.isBuild) buildOk = result.failed === 0;
  rows.push({ name: suite.name, seconds: (Date.now() - started) / 1000, ...result });
}

console.log('\nResults');
for (const row of rows) {
  const mark = row.failed === 0 ? 'PASS' : 'FAIL';
  const note = row.note ? `, ${row.note}` : '';
  console.log(`  ${mark}  ${row.name}: ${row.passed} passed, ${row.failed} failed (${row.seconds.toFixed(1)} s${note})`);
}
if (knownGapTitles.length) {
  console.log(`\nKnown gaps (targets not met yet; not counted as passed):`);
  for (const title of knownGapTitles) console.log(`  GAP  ${title}`);
}
if (skippedTitles.length) {
  console.log(`\nSkipped (not run, not counted as passed):`);
  for (const title of skippedTitles) console.log(`  SKIP  ${title}`);
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
