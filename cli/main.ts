/**
 * `framelens` command line: `analyze` (terminal report, --json, --html, --format w3c,
 * batch --jsonl) and `extract`. Every user error is a CliError: one line, no stack.
 * Usage and the JSON shape are documented in docs/cli.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyzeInput, extractInput } from './analyze-input';
import { runBatch } from './batch';
import { CliError } from './cli-error';
import { loadCliPacks } from './load-packs';
import { readInputFile, readStdin, type Input } from './read-input';
import { renderHtmlReport } from './report-html';
import { renderTerminalReport } from './report-terminal';
import { toWebAnnotations } from './report-w3c';
import { Analysis } from '../utils/core/analysis-schema';
import { compileLexicon } from '../utils/core/lexicon/compile';

const USAGE = `Usage:
  framelens analyze FILE.html|FILE.txt|-     readable report (stdin with -)
  framelens analyze FILE --json              Analysis as JSON (docs/cli.md)
  framelens analyze FILE --html OUT.html     self-contained HTML report
  framelens analyze FILE --format w3c        W3C Web Annotations (JSON-LD)
  framelens analyze DIR-or-FILES… --jsonl    batch: one JSON line per page [--jobs N]
  framelens extract FILE.html [--json]       the detected article text
Options: --pack FILE (add a pack, repeatable), --help, --version`;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  html: { type: 'string' },
  format: { type: 'string' },
  pack: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function write(text: string): void {
  process.stdout.write(text);
}

async function readOne(arg: string): Promise<Input> {
  return arg === '-' ? readStdin() : readInputFile(arg);
}

function lexiconFor(values: Values) {
  const { packs, warnings } = loadCliPacks(values.pack ?? []);
  for (const w of warnings) process.stderr.write(`framelens: ${w}\n`);
  return { packs, lexicon: compileLexicon(packs) };
}

async function analyze(inputs: string[], values: Values): Promise<number> {
  if (inputs.length === 0) throw new CliError('analyze needs a file, a directory (with --jsonl) or - for stdin', 2);
  const { packs, lexicon } = lexiconFor(values);
  if (values.jsonl) {
    const jobs = values.jobs === undefined ? undefined : Number.parseInt(values.jobs, 10);
    if (jobs !== undefined && !(jobs >= 1)) throw new CliError('--jobs needs a whole number of at least 1', 2);
    const tally = await runBatch(inputs, lexicon, { jobs });
    return tally.analysed === 0 ? 1 : 0;
  }
  if (inputs.length > 1) throw new CliError('several inputs need --jsonl (batch mode)', 2);
  const input = await readOne(inputs[0] as string);
  const analysis = analyzeInput(input, lexicon);
  const checked = Analysis.safeParse(analysis);
  if (!checked.success) throw new CliError(`internal error: the analysis does not match its schema: ${z.prettifyError(checked.error).replace(/\n\s*/g, ' ')}`);
  if (values.html) {
    writeFileSync(values.html, renderHtmlReport(analysis, packs));
    process.stderr.write(`framelens: wrote ${values.html} (${analysis.findings.length} findings)\n`);
  }
  if (values.format === 'w3c') write(`${JSON.stringify(toWebAnnotations(analysis, `urn:framelens:${input.name}`), null, 2)}\n`);
  else if (values.json) write(`${JSON.stringify(analysis, null, 2)}\n`);
  else if (!values.html) write(renderTerminalReport(analysis, process.stdout.isTTY === true));
  return 0;
}

async function extract(inputs: string[], values: Values): Promise<number> {
  if (inputs.length !== 1) throw new CliError('extract needs exactly one FILE.html (or -)', 2);
  const detection = extractInput(await readOne(inputs[0] as string));
  if (values.json) {
    const { text, isArticle, reason } = detection;
    const extra = 'metadata' in detection ? { metadata: detection.metadata, blocks: detection.blocks } : {};
    write(`${JSON.stringify({ isArticle, reason, ...extra, text }, null, 2)}\n`);
  } else {
    write(`${detection.text}\n`);
  }
  return 0;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
    }
    const { values, positionals } = parsed;
    const [command, ...inputs] = positionals;
    if (values.version) return write('framelens 0.1.0\n'), 0;
    if (values.help || !command) return write(`${USAGE}\n`), values.help ? 0 : 2;
    if (values.format !== undefined && values.format !== 'w3c') throw new CliError(`unknown --format ${values.format}; the one format is w3c`, 2);
    if (command === 'analyze') return await analyze(inputs, values);
    if (command === 'extract') return await extract(inputs, values);
    throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`framelens: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`framelens: unexpected error: ${(error as Error).message}\n`);
    return 1;
  }
}
