/**
 * Findings as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection whose page holds an Annotation per finding, each targeting the
 * article text by TextQuoteSelector (exact + prefix/suffix) and TextPositionSelector.
 * Pure: the CLI (`--format w3c`) and the side panel's export produce the same collection.
 */
import type { Analysis, Finding } from '../analysis-schema';

/** Characters of prefix and suffix context, enough for tools like Hypothesis to re-anchor. */
const CONTEXT_CHARS = 32;

function body(f: Finding): { type: 'TextualBody'; value: string; purpose: string; format?: string }[] {
  const who = f.speakerText ? ` (${f.speakerText})` : '';
  return [
    { type: 'TextualBody', value: `${f.kind}: ${f.entryId}${f.packId ? ` [${f.packId}]` : ''}`, purpose: 'tagging' },
    { type: 'TextualBody', value: `Voice: ${f.voice}${who}. ${f.reason.description}`, purpose: 'describing', format: 'text/plain' },
  ];
}

/** Renders an analysis as a W3C AnnotationCollection (JSON-LD); `sourceId` names the article when it has no URL. */
export function toWebAnnotations(a: Analysis, sourceId: string) {
  const text = a.article.text;
  const items = a.findings.map((f, i) => ({
    id: `${sourceId}#framelens-${i + 1}`,
    type: 'Annotation',
    motivation: 'highlighting',
    body: body(f),
    target: {
      source: a.article.url ?? sourceId,
      selector: [
        { type: 'TextQuoteSelector', exact: f.text, prefix: text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start), suffix: text.slice(f.end, f.end + CONTEXT_CHARS) },
        { type: 'TextPositionSelector', start: f.start, end: f.end },
      ],
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${sourceId}#framelens`,
    type: 'AnnotationCollection',
    label: `Framelens findings${a.article.title ? ` for “${a.article.title}”` : ''}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
