/**
 * News style names a person in full once ("President Ilham Aliyev") and by surname
 * afterwards ("Aliyev said"). After a person actor is found under a name of two or
 * more words, later capitalised uses of its last word are mentions of the same actor,
 * even when the pack lists no bare-surname pattern, as long as no other first name stands before it
 * ("Ivanka Trump") and the actor's context rules hold there.
 */
import { contextRulesOf, evaluateContext } from '../lexicon/context-rules';
import { longerNameSide } from '../lexicon/name-neighbours';
import type { EntryFinding } from '../lexicon/find-entries';
import type { ScanContext } from '../lexicon/scan-context';

/** Adds surname-only mentions after each person's first full-name mention; returns all findings in text order. */
export function addSurnameMentions(ctx: ScanContext, findings: readonly EntryFinding[]): EntryFinding[] {
  const surnames = new Map<string, { after: number; template: EntryFinding }>();
  for (const f of findings) {
    const entry = ctx.lexicon.packs[f.pack]?.entries[f.entry];
    if (entry?.kind !== 'actor' || entry.actorType !== 'person') continue;
    const words = ctx.tokens.slice(f.first, f.endToken).filter((t) => t.kind === 'word');
    const last = words[words.length - 1];
    if (words.length < 2 || !last || surnames.has(last.key)) continue;
    surnames.set(last.key, { after: f.endToken, template: f });
  }
  if (surnames.size === 0) return [...findings];
  const covered = new Set<number>();
  for (const f of findings) for (let i = f.first; i < f.endToken; i++) covered.add(i);
  const added: EntryFinding[] = [];
  ctx.tokens.forEach((token, i) => {
    const hit = surnames.get(token.key);
    if (!hit || i < hit.after || covered.has(i) || token.kind !== 'word') return;
    const first = token.text.charAt(0);
    if (first === first.toLowerCase()) return;
    // "Ivanka Trump" after "Donald Trump": another first name makes it someone else.
    if (longerNameSide(ctx.source, ctx.tokens, i, i + 1, ['before'])) return;
    const entry = ctx.lexicon.packs[hit.template.pack]?.entries[hit.template.entry];
    const name = entry?.kind === 'actor' ? entry.name : token.text;
    // The person's context rules hold for the surname too: after "Isaac Herzog", "Werner Herzog" is someone else.
    const rules = entry ? contextRulesOf(entry) : [];
    const outcome = rules.length > 0 ? evaluateContext(ctx, rules, { output: -1, first: i, end: i + 1 }, hit.template.pack, hit.template.entry, token.text) : null;
    if (outcome && !outcome.ok) return;
    added.push({
      ...hit.template,
      first: i,
      endToken: i + 1,
      start: token.start,
      end: token.end,
      pattern: `${token.text} (surname of ${name}, named in full earlier)`,
      conditions: outcome?.conditions ?? [],
    });
  });
  return [...findings, ...added].sort((a, b) => a.start - b.start);
}
