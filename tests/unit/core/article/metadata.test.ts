import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractMetadata } from '../../../../utils/core/article';

function doc(head: string, body = ''): Document {
  return parseHTML(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
  "headline":"LD headline","datePublished":"2024-01-01T10:00:00Z","dateModified":"2024-01-02T10:00:00Z",
  "author":[{"@type":"Person","name":"Ana Ruiz"},"Ben Okafor"],"publisher":{"@type":"Organization","name":"LD Outlet"},
  "inLanguage":"es","url":"https://ld.example/story"}</script>`;
const OG = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Outlet">
  <meta property="article:published_time" content="2024-02-01T10:00:00Z"><meta property="og:url" content="https://og.example/story">
  <meta property="og:locale" content="fr_FR">`;
const META = `<meta name="twitter:title" content="Meta title"><meta name="author" content="Meta Author">
  <meta name="parsely-pub-date" content="2024-03-01T10:00:00Z"><link rel="canonical" href="https://meta.example/story">`;
const TIME = '<time datetime="2024-04-01T10:00:00Z">1 April</time>';

describe('extractMetadata', () => {
  it('trusts JSON-LD over Open Graph, meta tags and <time>', () => {
    const m = extractMetadata(doc(LD + OG + META, TIME));
    expect(m).toMatchObject({
      title: 'LD headline', site: 'LD Outlet', published: '2024-01-01T10:00:00Z', modified: '2024-01-02T10:00:00Z',
      authors: ['Ana Ruiz', 'Ben Okafor'], language: 'es', url: 'https://ld.example/story',
    });
    expect(m.sources).toEqual({
      title: 'json-ld', site: 'json-ld', url: 'json-ld', published: 'json-ld', modified: 'json-ld', language: 'json-ld', authors: 'json-ld',
    });
  });

  it('falls back to Open Graph without JSON-LD', () => {
    const m = extractMetadata(doc(OG + META, TIME));
    expect(m).toMatchObject({ title: 'OG title', site: 'OG Outlet', published: '2024-02-01T10:00:00Z', language: 'fr-FR', url: 'https://og.example/story' });
    expect(m.sources.title).toBe('open-graph');
  });

  it('falls back to other meta tags, then <time>', () => {
    expect(extractMetadata(doc(META, TIME))).toMatchObject({
      title: 'Meta title', published: '2024-03-01T10:00:00Z', authors: ['Meta Author'], url: 'https://meta.example/story',
      sources: { title: 'meta', published: 'meta', authors: 'meta', url: 'meta' },
    });
    expect(extractMetadata(doc('<title>Plain</title>', TIME))).toMatchObject({ published: '2024-04-01T10:00:00Z', sources: { published: 'time' } });
  });

  it('reads the document title and <html lang> last, dropping a site suffix only from a full headline', () => {
    expect(extractMetadata(doc('<title>Grain ships return to the northern harbour | Ledger</title>'))).toMatchObject({
      title: 'Grain ships return to the northern harbour', language: 'en-GB', sources: { title: 'dom', language: 'dom' },
    });
    expect(extractMetadata(doc('<title>Ledger - Harbour news</title>')).title).toBe('Ledger - Harbour news');
  });

  it('reads JSON-LD inside @graph, CDATA wrappers, and skips malformed scripts', () => {
    const graph = `<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":["ReportageNewsArticle"],"headline":"Graph headline","author":{"name":"Cy Dale"}}]}]]></script>`;
    expect(extractMetadata(doc(graph))).toMatchObject({ title: 'Graph headline', authors: ['Cy Dale'] });
  });

  it('uses the page url when the page names none', () => {
    expect(extractMetadata(doc(''), { url: 'https://x.example/a' })).toMatchObject({ url: 'https://x.example/a', sources: { url: 'dom' } });
  });

  it('returns nulls and no sources for a bare page', () => {
    const bare = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(extractMetadata(bare)).toEqual({
      title: null, site: null, url: null, authors: [], published: null, modified: null, language: null, sources: {},
    });
  });
});
