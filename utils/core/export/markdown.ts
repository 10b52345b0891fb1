/**
 * An analysis as Markdown, for an editor's notes: the article, the counted summary, then
 * each finding with its voice, the sentence around it and why it was flagged. Pure: the
 * CLI and the side panel produce the same text for the same analysis.
 */
import type { Analysis, Finding, Voice } from '../analysis-schema';

const VOICE_WORDS: Record<Voice, string> = {
  narrator: "outlet's own words",
  'direct-quote': 'direct quote',
  reported: 'reported speech',
  'scare-quote': 'scare quotes',
};
const CATEGORY_TITLES = { term: 'Contested terms', loaded: 'Loaded language', actor: 'Actors', place: 'Places' } as const;

/** Escapes Markdown control characters in text taken from a page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|>~<])/g, '\\$1').replace(/\s+/g, ' ');
}

function voiceText(f: Finding): string {
  const who = f.speakerText ?? f.speaker;
  return who && (f.voice === 'direct-quote' || f.voice === 'reported')
    ? `${VOICE_WORDS[f.voice]} of ${escapeMarkdown(who)}`
    : VOICE_WORDS[f.voice];
}

/** The Markdown report of `analysis`. */
export function toMarkdown(analysis: Analysis): string {
  const { article, findings, summary } = analysis;
  const lines: string[] = [`# Framelens analysis: ${escapeMarkdown(article.title ?? 'Untitled article')}`, ''];
  const meta = [
    article.site ? `Outlet: ${escapeMarkdown(article.site)}` : null,
    article.published ? `Published: ${article.published}` : null,
    article.url ? `URL: <${article.url.replace(/>/g, '%3E')}>` : null,
  ].filter((l): l is string => l !== null);
  lines.push(...meta.map((l) => `- ${l}`), '', '## Summary', '', escapeMarkdown(summary.text), '');
  lines.push('| Voice | Contested terms |', '| --- | ---: |');
  for (const voice of Object.keys(VOICE_WORDS) as Voice[]) lines.push(`| ${VOICE_WORDS[voice]} | ${summary.termsByVoice[voice] ?? 0} |`);
  lines.push('');
  if (summary.statementsBySide.length > 0) {
    lines.push('Statements quoted or reported, by side:', '');
    for (const s of summary.statementsBySide) lines.push(`- ${escapeMarkdown(s.label)}: ${s.count}`);
    lines.push('');
  }
  for (const category of ['term', 'loaded', 'actor', 'place'] as const) {
    const list = findings.filter((f) => f.category === category);
    if (list.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]} (${list.length})`, '');
    for (const f of list) {
      const sentence = article.text.slice(f.sentence.start, f.sentence.end);
      lines.push(
        `- **${escapeMarkdown(f.text)}** — ${voiceText(f)} (${f.packId ?? 'unknown'}/${f.entryId})`,
        `  - Sentence: ${escapeMarkdown(sentence)}`,
        `  - Why: ${escapeMarkdown(f.reason.description)}`,
      );
    }
    lines.push('');
  }
  lines.push('_Framelens counts and explains usage; it does not rule on who is right._', '');
  return lines.join('\n');
}
