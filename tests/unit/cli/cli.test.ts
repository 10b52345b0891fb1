/**
 * The CLI end to end: spawned with plain Node exactly as `npx framelens` runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analysis } from '../../../utils/core/analysis-schema';
import { FIXTURE_ARTICLE } from '../core/fixture-article';

const BIN = join(import.meta.dirname, '../../../bin/framelens.mjs');
/** Spawning Node with tsx takes about a second; batch runs start workers too. */
const CLI_TIMEOUT_MS = 60_000;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: CLI_TIMEOUT_MS });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter((l) => !l.includes('skipped pack')).join('\n') };
}

let dir = '';
const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta property="og:title" content="Test story"></head><body><article>${body}</article></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-cli-'));
  const paragraphs = FIXTURE_ARTICLE.split('\n\n');
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<h1>${escaped(paragraphs[0] ?? '')}</h1>${paragraphs.slice(1).map((p) => `<p>${escaped(p)}</p>`).join('')}<p>A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; in the comments of occupied Karabakh coverage.</p>`;
  writeFileSync(join(dir, 'story.html'), page(body));
  writeFileSync(join(dir, 'story.txt'), FIXTURE_ARTICLE);
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
  writeFileSync(join(dir, 'words.html'), 'No tags here at all, only words.');
  mkdirSync(join(dir, 'batch'));
  writeFileSync(join(dir, 'batch', 'a.html'), page(body));
  writeFileSync(join(dir, 'batch', 'b.txt'), FIXTURE_ARTICLE);
  writeFileSync(join(dir, 'batch', 'c.html'), Buffer.from([0, 1, 2, 3]));
});

describe('framelens analyze', () => {
  it('--json prints an Analysis that validates, with findings at their offsets', () => {
    const { code, stdout } = run(['analyze', join(dir, 'story.html'), '--json']);
    expect(code).toBe(0);
    const analysis = Analysis.parse(JSON.parse(stdout));
    expect(analysis.article.title).toBe('Test story');
    expect(analysis.findings.length).toBeGreaterThan(5);
    for (const f of analysis.findings) expect(analysis.article.text.slice(f.start, f.end)).toBe(f.text);
  }, CLI_TIMEOUT_MS);

  it('reads plain text files and stdin', () => {
    const file = run(['analyze', join(dir, 'story.txt'), '--json']);
    const stdin = run(['analyze', '-', '--json'], FIXTURE_ARTICLE);
    expect(Analysis.parse(JSON.parse(file.stdout)).article.text).toBe(FIXTURE_ARTICLE);
    expect(JSON.parse(stdin.stdout).findings).toEqual(JSON.parse(file.stdout).findings);
  }, CLI_TIMEOUT_MS);

  it('prints a readable report by default', () => {
    const { code, stdout } = run(['analyze', join(dir, 'story.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Summary$/m);
    expect(stdout).toMatch(/contested terms? (was|were) found/);
  }, CLI_TIMEOUT_MS);

  it('--format w3c prints Web Annotations with quote and position selectors', () => {
    const { stdout } = run(['analyze', join(dir, 'story.txt'), '--format', 'w3c']);
    const collection = JSON.parse(stdout);
    expect(collection.type).toBe('AnnotationCollection');
    const [first] = collection.first.items;
    const [quote, position] = first.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(FIXTURE_ARTICLE.slice(position.start, position.end)).toBe(quote.exact);
  }, CLI_TIMEOUT_MS);

  it('--html writes a self-contained report with everything escaped', () => {
    const out = join(dir, 'report.html');
    expect(run(['analyze', join(dir, 'story.html'), '--html', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/src="http|<link /);
    expect(html).toMatch(/<mark class="k-term v-/);
  }, CLI_TIMEOUT_MS);

  it.each([
    ['empty.html', /is empty$/],
    ['binary.html', /looks like a binary file/],
    ['words.html', /does not look like HTML/],
    ['missing.html', /cannot read .*ENOENT/],
  ])('refuses %s with one clear line and a non-zero exit', (name, message) => {
    const { code, stderr, stdout } = run(['analyze', join(dir, name)]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, CLI_TIMEOUT_MS);

  it('rejects unknown commands and options with usage', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['analyze', 'x', '--format', 'csv']).stderr).toMatch(/unknown --format csv/);
  }, CLI_TIMEOUT_MS);

  it('--jsonl analyses a directory in workers, skips and reports bad files, and tallies', () => {
    const { code, stdout, stderr } = run(['analyze', join(dir, 'batch'), '--jsonl', '--jobs', '2']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file.replace(/^.*\//, '')).sort()).toEqual(['a.html', 'b.txt']);
    for (const l of lines) Analysis.parse(l.analysis);
    expect(stderr).toMatch(/skipped .*c\.html: .*binary/);
    expect(stderr).toMatch(/2 analysed, 1 skipped in .* s \(.* pages\/s, 2 workers\)/);
    expect(stderr).not.toMatch(/ETA/); // no progress bar when stderr is not a terminal
  }, CLI_TIMEOUT_MS);
});

describe('framelens extract', () => {
  it('prints the detected article text, and metadata with --json', () => {
    const text = run(['extract', join(dir, 'story.html')]);
    expect(text.stdout.startsWith('Shelling resumes near Ağdam')).toBe(true);
    const json = JSON.parse(run(['extract', join(dir, 'story.html'), '--json']).stdout);
    expect(json).toMatchObject({ isArticle: expect.any(Boolean), reason: expect.any(String), metadata: { title: 'Test story' } });
  }, CLI_TIMEOUT_MS);
});
