import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle, detectArticleSliced, type ArticleDetection, type DetectOptions } from '../../../../utils/core/article/detect-article';
import type { Slicer } from '../../../../utils/core/article/steps';
import { syntheticArticle } from '../../../../scripts/bench/synthetic-page';
import { corpusAvailable, listCorpusPages } from '../../packs/corpus-pages';

/**
 * The content script detects in slices (detectArticleSliced), the CLI and tests in one call
 * (detectArticle): the same steps, so the same result, down to the DOM nodes of the text map.
 */

const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/pages');
const fixtures = fs.readdirSync(PAGES)
  .filter((slug) => fs.existsSync(path.join(PAGES, slug, 'source.html')))
  .map((slug) => ({ id: slug, url: null as string | null, read: () => fs.readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8') }));
/** Every 10th corpus page (27 of 270) keeps the run short; the corpus is absent in CI. */
const corpus = corpusAvailable() ? listCorpusPages().filter((_, i) => i % 10 === 0) : [];

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** A slicer that gives the page back at every pause point, and counts how often it did. */
function everyPausePoint(): Slicer & { yields: number } {
  const slicer = {
    yields: 0,
    now: () => 0,
    sliceMs: 0,
    yieldToPage: async () => {
      slicer.yields++;
    },
  };
  return slicer;
}

/** Everything a detection says, with DOM nodes compared by identity (the text map's nodes, the root). */
function expectSame(sliced: ArticleDetection, whole: ArticleDetection): void {
  expect(sliced.isArticle).toBe(whole.isArticle);
  expect(sliced.reason).toBe(whole.reason);
  expect(sliced.root).toBe(whole.root);
  expect(sliced.metadata).toEqual(whole.metadata);
  expect(sliced.text).toBe(whole.text);
  expect(sliced.blocks).toEqual(whole.blocks);
  expect(sliced.map.text).toBe(whole.map.text);
  expect(sliced.map.segments.length).toBe(whole.map.segments.length);
  sliced.map.segments.forEach((seg, i) => {
    const other = whole.map.segments[i];
    expect(seg.node).toBe(other?.node);
    expect({ ...seg, node: null }).toEqual({ ...other, node: null });
  });
}

async function compare(html: string, options: DetectOptions): Promise<number> {
  const doc = parse(html);
  const slicer = everyPausePoint();
  expectSame(await detectArticleSliced(doc, options, slicer), detectArticle(doc, options));
  return slicer.yields;
}

describe('detectArticleSliced', () => {
  it.each([...fixtures, ...corpus].map((p) => [p.id, p] as const))('gives the same detection as detectArticle on %s', async (_, page) => {
    const html = page.read();
    const url = page.url ?? undefined;
    await compare(html, { url });
    await compare(html, { url, force: true });
  });

  it('gives the page back many times on a 50,000-word page, and not at all within its time slice', async () => {
    const html = syntheticArticle(50_000);
    const yields = await compare(html, {});
    // A pause point after each phase, every 64 elements of the block walk and after each block of the text map.
    expect(yields).toBeGreaterThan(500);
    const doc = parse(html);
    let unhurried = 0;
    const generous: Slicer = { now: () => 0, sliceMs: 1, yieldToPage: async () => { unhurried++; } };
    expect((await detectArticleSliced(doc, {}, generous)).isArticle).toBe(true);
    expect(unhurried).toBe(0);
  });

  it('gives the page back once a slice has used its time', async () => {
    const doc = parse(syntheticArticle(10_000));
    let clock = 0;
    const slices: number[] = [];
    let sliceStart = 0;
    // Each look at the clock costs 1 ms of pretend time: a 10 ms slice sees about 10 pause points.
    const slicer: Slicer = {
      now: () => clock++,
      sliceMs: 10,
      yieldToPage: async () => {
        slices.push(clock - sliceStart);
        sliceStart = clock;
      },
    };
    await detectArticleSliced(doc, {}, slicer);
    expect(slices.length).toBeGreaterThan(5);
    for (const length of slices) expect(length).toBeLessThanOrEqual(12);
  });
});
