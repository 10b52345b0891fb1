import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { detectArticle } from '../../../../utils/core/article';

/** Every fixture folder whose expected.json has an `article` section (other sections belong to other suites). */
const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/pages');
const ExpectedSchema = z.object({
  article: z.strictObject({
    isArticle: z.boolean(),
    title: z.string().nullable(),
    site: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    headline: z.string().nullable(),
    standfirst: z.string().nullable(),
    include: z.array(z.string()),
    exclude: z.array(z.string()),
  }),
});

const fixtures = fs.readdirSync(PAGES).flatMap((slug) => {
  const file = path.join(PAGES, slug, 'expected.json');
  if (!fs.existsSync(file)) return [];
  const parsed = ExpectedSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) return [];
  return [{ slug, html: fs.readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), expected: parsed.data.article }];
});

const parsers: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['happy-dom', (html) => {
    const window = new Window();
    window.document.write(html);
    return window.document as unknown as Document;
  }],
];

describe.each(parsers)('detectArticle on fixture pages (%s)', (_dom, parse) => {
  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(fixtures)('$slug', ({ html, expected }) => {
    const result = detectArticle(parse(html), { force: true });
    const kindText = (kind: string): string | null => {
      const block = result.blocks.find((b) => b.kind === kind);
      return block === undefined ? null : result.text.slice(block.start, block.end);
    };

    it('answers the yes/no question', () => {
      expect(result.isArticle, result.reason).toBe(expected.isArticle);
    });

    it('reads the metadata', () => {
      const { title, site, published, language } = result.metadata;
      expect({ title, site, published, language }).toEqual({
        title: expected.title, site: expected.site, published: expected.published, language: expected.language,
      });
    });

    it('finds the headline and standfirst', () => {
      if (!expected.isArticle) return;
      expect(kindText('headline')).toBe(expected.headline);
      expect(kindText('standfirst')).toBe(expected.standfirst);
    });

    it('keeps the story text', () => {
      for (const part of expected.include) expect(result.text).toContain(part);
    });

    it.each(expected.exclude.length > 0 ? expected.exclude : ['\u0000'])('leaves out %j', (part) => {
      expect(result.text).not.toContain(part);
    });
  });
});
