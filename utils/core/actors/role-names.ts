/**
 * Role-introduced names: "Foreign Ministry spokesman Saeed Khatibzadeh", "President
 * Ilham Aliyev". A known actor gets the role as written; an unknown name of two or
 * more capitalised words after a role noun becomes an unknown actor with that role.
 */
import { unknownMention, type ActorMention } from './actor-mention';
import type { ScanContext } from '../lexicon/scan-context';
import { ROLE_NOUNS, SPEAKER_NOUNS } from '../voice/speech-words';

/** Longest name after a role noun, in words. */
const MAX_NAME_WORDS = 4;
/** Fewest words an unknown name needs, so "General Assembly" is not a person. */
const MIN_UNKNOWN_NAME_WORDS = 2;
/** Capitalised words that belong to organisations and titles, never to a person's name. */
const NOT_NAME_WORDS = new Set(['assembly', 'council', 'ministry', 'group', 'office', 'army', 'forces', 'government', 'of', 'the', 'and', 'nations', 'union', 'court', 'republic', 'state', 'staff', 'affairs', 'defence', 'defense', 'security']);

function capitalised(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase();
}

/** The role phrase ending at token `roleEnd - 1`, with the capitalised modifiers before it ("Defence Ministry spokeswoman"). */
function rolePhrase(ctx: ScanContext, roleEnd: number, floor: number): string {
  let first = roleEnd - 1;
  for (let k = first - 1; k >= floor; k--) {
    const t = ctx.tokens[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'hyphen') || (t.kind === 'word' && !capitalised(t.text) && !ROLE_NOUNS.has(t.key))) break;
    if (t.possessive) break; // "Azerbaijan's spokesman": the possessor is an affiliation, not the role
    first = k;
  }
  const a = ctx.tokens[first];
  const b = ctx.tokens[roleEnd - 1];
  return a && b ? ctx.source.slice(a.start, b.end) : '';
}

/** Sets written roles on known mentions and returns new unknown actors introduced by a role. */
export function findRoleNames(ctx: ScanContext, known: ActorMention[]): ActorMention[] {
  const byFirst = new Map(known.map((m) => [m.first, m]));
  const covered = new Set<number>();
  for (const m of known) for (let i = m.first; i < m.endToken; i++) covered.add(i);
  const found: ActorMention[] = [];
  ctx.tokens.forEach((token, i) => {
    if (token.kind !== 'word' || !ROLE_NOUNS.has(token.key)) return;
    const next = ctx.tokens[i + 1];
    if (!next || next.kind !== 'word' || !capitalised(next.text) || ROLE_NOUNS.has(next.key) || SPEAKER_NOUNS.has(next.key)) return;
    // A name stays in the role's sentence: "Minister" ending one paragraph does not name the next one's first words.
    const sentence = ctx.sentenceOf[i] ?? 0;
    if (ctx.sentenceOf[i + 1] !== sentence) return;
    const floor = ctx.sentences[sentence]?.firstToken ?? 0;
    const role = rolePhrase(ctx, i + 1, floor);
    const knownHere = byFirst.get(i + 1);
    if (knownHere) {
      if (knownHere.actorType === 'person') knownHere.role = role;
      return;
    }
    let end = i + 1;
    let words = 0;
    while (end < ctx.tokens.length && words < MAX_NAME_WORDS) {
      const t = ctx.tokens[end];
      if (!t || covered.has(end) || ctx.sentenceOf[end] !== sentence) break;
      if (t.kind === 'hyphen') { end++; continue; }
      if (t.kind !== 'word' || !capitalised(t.text) || NOT_NAME_WORDS.has(t.key)) break;
      end++;
      words++;
      if (t.possessive) break;
    }
    if (words < MIN_UNKNOWN_NAME_WORDS) return;
    const mention = unknownMention(ctx, i + 1, end, 'role', role, null);
    if (mention) {
      found.push(mention);
      for (let k = i + 1; k < end; k++) covered.add(k);
    }
  });
  return found;
}
