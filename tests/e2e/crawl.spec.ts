/**
 * Real pages (issue 8): the built extension visits the project's fixture pages and the real pages
 * of ../shared/corpus, served from 127.0.0.1 with every other request refused, and on each page
 * 1. causes no uncaught error and no console error (content script, service worker, browser log);
 * 2. leaves the DOM byte-identical: `outerHTML` at DOMContentLoaded (before any content script)
 *    equals `outerHTML` once Framelens has finished, and no mutation happened in between. A page
 *    whose own inline scripts change it (remote scripts are refused, inline ones run) or send it
 *    elsewhere is loaded again with its scripts switched off: then only Framelens could change
 *    it, and its `outerHTML` must equal that of the same page in a browser without the
 *    extension, scripts off too (support/crawler.ts Baseline);
 * 3. finishes: the background has the page's report, and an article is painted.
 * `npm test` visits the fixtures and a fixed sample of the corpus; `npm run test:crawl` (CRAWL=all)
 * every corpus page. Results: test-results/crawl-report.json; docs/reliability.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { corpusPageIds, CORPUS_DIR } from '../../scripts/lib/serve-pages.mjs';
import { corpusPages, fixturePages, type CrawlPage } from './support/crawl-pages';
import { Baseline, Crawler, type Visit, type VisitOptions } from './support/crawler';
import { firstDifference } from './support/dom-watch';
import { watchServiceWorker } from './support/extension-problems';

const ALL = process.env.CRAWL === 'all';
const REPORT = path.resolve(import.meta.dirname, '../../test-results/crawl-report.json');

/** One page's verdict. */
interface Verdict {
  id: string;
  state: string;
  findings: number | null;
  ms: number;
  blocked: number;
  pageErrors: number;
  /**
   * unchanged: byte-identical, no mutation, with the page's scripts running;
   * unchanged-without-page-scripts: the page changes itself (or navigates away), so it was loaded
   * again with its scripts off, and the DOM with Framelens equals the DOM without it;
   * changed: Framelens changed it; not checked: the page could not be visited.
   */
  dom: 'unchanged' | 'unchanged-without-page-scripts' | 'changed' | 'not checked';
  failures: string[];
}

function problemsOf(visit: Visit): string[] {
  const failures = visit.problems.map((p) => `${p.kind}: ${p.text.slice(0, 300)}`);
  if (visit.state === 'stuck') failures.push('Framelens never reported the page to the background');
  if (visit.state === 'article-unpainted') failures.push('an article was detected but never painted');
  return failures;
}

/** Visits a page and judges it (see the file comment). */
async function judge(crawler: Crawler, page: CrawlPage, baseline: Baseline, meddle?: VisitOptions['meddle']): Promise<Verdict> {
  const visit = await crawler.visit(page.id, page.url, { meddle });
  const failures = problemsOf(visit);
  let dom: Verdict['dom'] = 'unchanged';
  const record = visit.dom;
  if (record === null || record.before === null || record.before !== record.after || record.mutations.length > 0) {
    // The page changed itself, or left: try again with its scripts off, against a browser without Framelens.
    const quiet = await crawler.visit(page.id, page.url, { pageScripts: false, meddle });
    failures.push(...problemsOf(quiet).map((f) => `(page scripts off) ${f}`));
    const alone = await baseline.markup(page.url);
    const withUs = quiet.dom?.after ?? '';
    dom = withUs === alone ? 'unchanged-without-page-scripts' : 'changed';
    if (dom === 'changed') failures.push(`DOM changed by Framelens (page scripts off) ${firstDifference(alone, withUs)}`);
  }
  return { id: page.id, state: visit.navigatedTo ? `${visit.state} (${visit.navigatedTo})` : visit.state, findings: visit.findings, ms: visit.ms, blocked: visit.blocked, pageErrors: visit.pageErrors, dom, failures };
}

function summarise(verdicts: readonly Verdict[]): string {
  const count = (f: (v: Verdict) => boolean): number => verdicts.filter(f).length;
  const states = new Map<string, number>();
  for (const v of verdicts) {
    const state = v.state.replace(/ \(.*\)$/, ''); // without where a page navigated to
    states.set(state, (states.get(state) ?? 0) + 1);
  }
  const ms = verdicts.map((v) => v.ms).sort((a, b) => a - b);
  return [
    `${verdicts.length} pages, ${count((v) => v.failures.length > 0)} failed`,
    `states: ${[...states].map(([s, n]) => `${s} ${n}`).join(', ')}`,
    `DOM unchanged ${count((v) => v.dom === 'unchanged')}, unchanged with the page's own scripts off (the page changes itself) ${count((v) => v.dom === 'unchanged-without-page-scripts')}, changed by Framelens ${count((v) => v.dom === 'changed')}`,
    `extension errors ${verdicts.reduce((n, v) => n + v.failures.filter((f) => !f.startsWith('DOM') && !f.startsWith('Framelens') && !f.startsWith('an article')).length, 0)}; the pages' own errors ${verdicts.reduce((n, v) => n + v.pageErrors, 0)} (not counted); remote requests refused ${verdicts.reduce((n, v) => n + v.blocked, 0)}`,
    `per page: median ${ms[Math.floor(ms.length / 2)] ?? 0} ms, max ${ms.at(-1) ?? 0} ms`,
  ].join('\n');
}

/** Visits `pages` in one browser with the extension; fails listing every page that failed. */
async function crawl(label: string, pages: readonly CrawlPage[], crawler: Crawler, baseline: Baseline, swProblems: () => Promise<string[]>): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const page of pages) {
    // One page the harness cannot visit (a timeout) fails that page, not the rest of the crawl.
    const verdict = await judge(crawler, page, baseline).catch(
      (error: unknown): Verdict => ({ id: page.id, state: 'not visited', findings: null, ms: 0, blocked: 0, pageErrors: 0, dom: 'not checked', failures: [`could not visit: ${String(error).slice(0, 300)}`] }),
    );
    verdicts.push(verdict);
    const mark = verdict.failures.length === 0 ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${page.id} ${verdict.state}${verdict.findings === null ? '' : ` (${verdict.findings} findings)`} dom ${verdict.dom} ${verdict.ms} ms${verdict.failures.length ? `\n     ${verdict.failures.join('\n     ')}` : ''}`);
  }
  const swErrors = await swProblems();
  console.log(`${label}: ${summarise(verdicts)}\nservice worker errors: ${swErrors.length}`);
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  const previous = fs.existsSync(REPORT) ? (JSON.parse(fs.readFileSync(REPORT, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(REPORT, JSON.stringify({ ...previous, [label]: { summary: summarise(verdicts), serviceWorkerErrors: swErrors, verdicts } }, null, 1));
  expect(swErrors, 'service worker errors').toEqual([]);
  expect(verdicts.filter((v) => v.failures.length > 0).map((v) => `${v.id}: ${v.failures.join('; ')}`)).toEqual([]);
  return verdicts;
}

test.describe('crawl: Framelens on real pages', () => {
  test('the crawl notices a DOM change and an error made from the content script’s world, and errors in the service worker', async ({ context, sw, extensionId, pages: server }) => {
    // Without this the checks below could be blind (e.g. to the isolated world) and pass anyway.
    const crawler = await Crawler.start(context, sw, extensionId, server.origin);
    const baseline = new Baseline(server.origin);
    try {
      const verdict = await judge(crawler, { id: 'fixture/demo', url: server.url('demo') }, baseline, async (inExtensionWorld) => {
        await inExtensionWorld(`document.body.setAttribute('data-meddled', ''); setTimeout(() => { throw new Error('crawl self-test'); });`);
      });
      expect(verdict.dom).toBe('changed');
      expect(verdict.failures.join('\n')).toContain('data-meddled');
      expect(verdict.failures.filter((f) => f.startsWith('exception:') && f.includes('crawl self-test'))).toHaveLength(1);
      // And the service worker watch: a console error, a thrown error, an unhandled rejection.
      const swWatch = await watchServiceWorker(sw);
      await sw.evaluate(() => {
        console.error('crawl self-test: console');
        setTimeout(() => {
          throw new Error('crawl self-test: thrown');
        });
        void Promise.reject(new Error('crawl self-test: rejected'));
      });
      await expect.poll(async () => (await swWatch.problems()).map((p) => p.kind).sort()).toEqual(['console-error', 'exception', 'exception']);
    } finally {
      await crawler.close();
      await baseline.close();
    }
  });

  // A missing corpus is decided when the tests are listed, so it shows in the skipped test's title.
  const missing = corpusPageIds() === null ? `no corpus at ${CORPUS_DIR}: only the fixture pages were crawled` : null;
  if (missing !== null) test.skip(`corpus pages: SKIPPED, ${missing}`, () => undefined);
  for (const group of missing === null ? ['fixture pages', ALL ? 'corpus pages (all)' : 'corpus pages (sample)'] : ['fixture pages']) {
    test(group, async ({ context, sw, extensionId, pages: server }) => {
      const pages = group === 'fixture pages' ? fixturePages(server) : corpusPages(server, ALL);
      test.setTimeout(60_000 + pages.length * 25_000);
      const swWatch = await watchServiceWorker(sw);
      const crawler = await Crawler.start(context, sw, extensionId, server.origin);
      const baseline = new Baseline(server.origin);
      try {
        const verdicts = await crawl(group, pages, crawler, baseline, async () => (await swWatch.problems()).map((p) => p.text));
        expect(verdicts.length).toBe(pages.length);
      } finally {
        await crawler.close();
        await baseline.close();
      }
    });
  }
});
