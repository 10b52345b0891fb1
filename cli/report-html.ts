/**
 * A self-contained HTML report: the article with findings marked, the framing
 * summary, and a card per entry with its note and sources. No scripts and nothing
 * loaded from the network; every string from the page or a pack is escaped.
 */
import type { Analysis, Finding } from '../utils/core/analysis-schema';
import type { Entry, Pack } from '../utils/core/lexicon/schema';

const STYLE = `body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}small,.meta{color:#555;font-family:system-ui,sans-serif}
mark{padding:0 .1em;border-radius:.2em}mark a{color:inherit;text-decoration:none}
.k-term{background:#ffe8a3}.k-place{background:#cde9ff}.k-actor{background:#e4dcff}.k-loaded{background:#ffd3c4}
.v-direct-quote,.v-scare-quote{outline:1px dashed #888}.v-reported{border-bottom:2px dotted #555}
.card{border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;font-family:system-ui,sans-serif;font-size:.92rem}
.legend span{margin-right:.75rem}`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function anchor(packId: string | null, entryId: string): string {
  return `e-${(packId ?? 'unknown').replace(/[^a-z0-9-]/gi, '')}-${entryId.replace(/[^a-z0-9-]/gi, '-')}`;
}

function paragraphs(html: string): string {
  return `<p>${html.replace(/\n\n/g, '</p>\n<p>').replace(/\n/g, '<br>')}</p>`;
}

/** Non-overlapping findings to mark (longer first on overlap); all findings still get cards. */
function marked(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function articleHtml(a: Analysis): string {
  const text = a.article.text;
  let at = 0;
  let out = '';
  for (const f of marked(a.findings)) {
    out += escapeHtml(text.slice(at, f.start));
    const title = `${f.kind} · ${f.voice}${f.speakerText ? ` · ${f.speakerText}` : ''} — ${f.reason.description}`;
    out += `<mark class="k-${f.category} v-${f.voice}" title="${escapeHtml(title)}"><a href="#${anchor(f.packId, f.entryId)}">${escapeHtml(f.text)}</a></mark>`;
    at = f.end;
  }
  return paragraphs(out + escapeHtml(text.slice(at)));
}

function entryBody(entry: Entry): string {
  const parts: string[] = [];
  if (entry.kind === 'term') {
    parts.push(`<p>${escapeHtml(entry.note)}</p>`);
    parts.push(`<ul>${entry.perspectives.map((p) => `<li><b>${escapeHtml(p.by)}</b>: ${escapeHtml(p.view)}</li>`).join('')}</ul>`);
    if (entry.grounding) parts.push(`<p><b>Grounding:</b> ${escapeHtml(entry.grounding)}</p>`);
    parts.push(`<p><b>Neutral alternatives:</b> ${entry.alternatives.map(escapeHtml).join('; ')}</p>`);
  } else if (entry.kind === 'actor') {
    parts.push(`<p><i>${escapeHtml(entry.role)}</i> — ${escapeHtml(entry.alignment)}</p><p>${escapeHtml(entry.context)}</p>`);
  } else {
    parts.push(`<p><b>Neutral name:</b> ${escapeHtml(entry.neutralName)}</p><p>${escapeHtml(entry.context)}</p>`);
    parts.push(`<ul>${entry.names.map((n) => `<li>${escapeHtml(n.name)} — used by ${n.usedBy.map(escapeHtml).join(', ')}</li>`).join('')}</ul>`);
  }
  const sources = entry.sources.filter((s) => /^https?:\/\//.test(s.url));
  parts.push(`<p><small>As of ${escapeHtml(entry.asOf)}. Sources: ${sources.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>`).join('; ')}</small></p>`);
  return parts.join('');
}

function cards(a: Analysis, packs: readonly Pack[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of a.findings) {
    const id = anchor(f.packId, f.entryId);
    if (seen.has(id)) continue;
    seen.add(id);
    const count = a.findings.filter((x) => x.packId === f.packId && x.entryId === f.entryId).length;
    const entry = packs.find((p) => p.id === f.packId)?.entries.find((e) => e.id === f.entryId);
    const name = entry ? (entry.kind === 'term' ? entry.label : entry.kind === 'actor' ? entry.name : entry.neutralName) : f.text;
    const body = entry ? entryBody(entry) : `<p>Not in any pack: ${escapeHtml(f.reason.description)}.</p>`;
    out.push(`<div class="card" id="${id}"><h3>${escapeHtml(name)} <small>${escapeHtml(f.kind)} · ${count}× · ${escapeHtml(f.packId ?? 'found in the text')}</small></h3>${body}</div>`);
  }
  return out.join('\n');
}

/** Renders the full report as one HTML document. */
export function renderHtmlReport(a: Analysis, packs: readonly Pack[]): string {
  const art = a.article;
  const title = art.title ?? art.text.split('\n')[0] ?? 'Framelens report';
  const meta = [art.site, art.published, art.authors.join(', '), art.url].filter((x) => x).map((x) => escapeHtml(String(x))).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Framelens report: ${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<header><small>Framelens report</small><h1>${escapeHtml(title)}</h1><p class="meta">${meta}</p>
<p class="meta">${escapeHtml(art.detected ? 'Article' : 'Not detected as an article')}: ${escapeHtml(art.reason)}</p></header>
<section><h2>Summary</h2><p>${escapeHtml(a.summary.text)}</p>
<p class="legend meta"><span><mark class="k-term">term</mark></span><span><mark class="k-loaded">loaded language</mark></span><span><mark class="k-place">place</mark></span><span><mark class="k-actor">actor</mark></span><span><mark class="k-term v-reported">reported</mark></span><span><mark class="k-term v-direct-quote">quoted</mark></span></p></section>
<section><h2>Article</h2>${articleHtml(a)}</section>
<section><h2>Notes and sources</h2>${cards(a, packs)}</section>
</body></html>
`;
}
