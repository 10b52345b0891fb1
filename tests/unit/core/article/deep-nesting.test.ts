import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';

/** The hostile fixture's story, at the bottom of (or beside) 10,000 nested elements. */
const PAGE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/pages/hostile/source.html'), 'utf8');
function deepDocument(where: 'inside' | 'beside', depth = 10_000): Document {
  // linkedom: happy-dom itself recurses per level when a subtree is attached, and overflows.
  const doc = parseHTML(PAGE.replace(/<script>[\s\S]*?<\/script>/g, '')).document as unknown as Document;
  const top = doc.createElement('div');
  let at: Element = top;
  for (let i = 1; i < depth; i++) {
    const next = doc.createElement(i % 2 ? 'div' : 'section');
    at.appendChild(next);
    at = next;
  }
  const story = doc.getElementById('story');
  if (story === null) throw new Error('fixture lost its story');
  if (where === 'inside') at.appendChild(story);
  doc.body.appendChild(top);
  return doc;
}

const URL = 'http://127.0.0.1/hostile-deep/';

describe('detectArticle on deeply nested elements', () => {
  it('finds the story beside 10,000 nested elements without overflowing the stack', () => {
    const detection = detectArticle(deepDocument('beside'), { url: URL });
    expect(detection.isArticle).toBe(true);
    expect(detection.text).toContain('liberated');
    expect(detection.text).toContain('Marut, a baker in Stepanakert');
  });

  it('declines a story below 10,000 nested elements (deeper than any parser nests) instead of throwing', () => {
    const detection = detectArticle(deepDocument('inside'), { url: URL });
    expect(detection.isArticle).toBe(false);
    expect(detection.text).not.toContain('liberated');
  });

  it('reads a story paragraph that hides 10,000 nested inline elements, without overflowing the stack', () => {
    const doc = deepDocument('beside', 1);
    let at: Element = doc.querySelectorAll('#story p')[3] as Element;
    for (let i = 0; i < 10_000; i++) at = at.appendChild(doc.createElement('span'));
    at.appendChild(doc.createTextNode('Buried words.'));
    const detection = detectArticle(doc, { url: URL });
    expect(detection.isArticle).toBe(true);
    expect(detection.text).toContain('liberated');
    expect(detection.text).not.toContain('Buried words.');
  });

  it('still finds a story under 400 nested elements, within what an HTML parser builds', () => {
    const detection = detectArticle(deepDocument('inside', 400), { url: URL });
    expect(detection.isArticle).toBe(true);
    expect(detection.text).toContain('liberated');
  });
});
