/**
 * The readable terminal report: what the article is, the framing summary, then each
 * finding with its voice and speaker, grouped by kind. Colour only on a terminal.
 */
import type { Analysis, Finding } from '../utils/core/analysis-schema';

/** Longest context snippet shown around a finding. */
const SNIPPET_CHARS = 70;

const VOICE_LABELS: Record<Finding['voice'], string> = {
  narrator: 'narrator',
  'direct-quote': 'quote',
  reported: 'reported',
  'scare-quote': 'scare quote',
};

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  mark(s: string): string;
}

function paint(colour: boolean): Paint {
  const wrap = (code: string) => (s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), mark: wrap('33') };
}

function snippet(text: string, f: Finding, p: Paint): string {
  const half = Math.floor(SNIPPET_CHARS / 2);
  const from = Math.max(f.sentence.start, f.start - half);
  const to = Math.min(f.sentence.end, f.end + half);
  const before = (from > f.sentence.start ? '…' : '') + text.slice(from, f.start);
  const after = text.slice(f.end, to) + (to < f.sentence.end ? '…' : '');
  return `${before}${p.mark(text.slice(f.start, f.end))}${after}`.replace(/\s+/g, ' ');
}

function findingLine(a: Analysis, f: Finding, p: Paint): string {
  const voice = VOICE_LABELS[f.voice] + (f.speakerText ? ` (${f.speakerText}${f.speaker && f.speaker !== f.speakerText ? ` → ${f.speaker}` : ''})` : '');
  const what = f.kind === 'actor' ? `${f.entryId}${f.role ? `, ${f.role}` : ''}` : `${f.entryId} (${f.packId ?? 'no pack'})`;
  return `  ${p.bold(f.text)}  ${p.dim(`${what} · ${voice}`)}\n    ${snippet(a.article.text, f, p)}`;
}

/** Renders the analysis for a terminal (`colour` when stdout is a TTY). */
export function renderTerminalReport(a: Analysis, colour: boolean): string {
  const p = paint(colour);
  const lines: string[] = [];
  const art = a.article;
  lines.push(p.bold(art.title ?? art.text.split('\n')[0]?.slice(0, 100) ?? '(untitled)'));
  const facts = [art.site, art.published, art.authors.join(', ')].filter((x) => x);
  if (facts.length) lines.push(p.dim(facts.join(' · ')));
  lines.push(p.dim(`${art.detected ? 'article' : 'not detected as an article'}: ${art.reason}`));
  lines.push('', p.bold('Summary'), `  ${a.summary.text}`);
  if (a.summary.narratorPlaceNames.length) {
    lines.push(`  Place names in the narration: ${a.summary.narratorPlaceNames.map((n) => `${n.name} ×${n.count} (used by ${n.usedBy.join(', ')})`).join('; ')}`);
  }
  lines.push(`  Packs on: ${a.summary.activePacks.join(', ') || 'none'}`);
  const groups: [string, Finding[]][] = [
    ['Contested terms', a.findings.filter((f) => f.kind === 'term')],
    ['Place names', a.findings.filter((f) => f.kind === 'place')],
    ['Actors', a.findings.filter((f) => f.kind === 'actor')],
  ];
  for (const [title, findings] of groups) {
    lines.push('', p.bold(`${title} (${findings.length})`));
    for (const f of findings) lines.push(findingLine(a, f, p));
  }
  return `${lines.join('\n')}\n`;
}
