/** The reader's own terms: a small form's fields become a term entry in the "my-terms" pack. */
import { z } from 'zod';
import { PACK_SCHEMA_VERSION, Pack, TermEntry } from '@/utils/core/lexicon/schema';
import { splitProblems } from './PackImport';

/** The id of the pack holding the reader's own terms. */
export const OWN_PACK_ID = 'my-terms';

/** What the form asks for. */
export interface OwnTermFields {
  phrase: string;
  note: string;
  alternative: string;
  usedBy: string;
  view: string;
  sourceTitle: string;
  sourceUrl: string;
}

/** A lower-case hyphenated id from a phrase ("so-called regime" → "so-called-regime"). */
export function slugId(phrase: string): string {
  return phrase.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'term';
}

/** Builds and validates a term entry; problems are listed by field path. */
export function buildOwnTerm(fields: OwnTermFields, today: string): { ok: true; entry: TermEntry } | { ok: false; problems: string[] } {
  const phrase = fields.phrase.trim().replace(/\s+/g, ' ');
  const parsed = TermEntry.safeParse({
    kind: 'term',
    id: slugId(phrase),
    asOf: today,
    sources: [{ title: fields.sourceTitle.trim(), url: fields.sourceUrl.trim() }],
    examples: { match: [phrase], noMatch: ['(no example given)'] },
    label: phrase,
    category: 'other',
    patterns: [phrase],
    alignsWith: [],
    note: fields.note.trim(),
    perspectives: [{ by: fields.usedBy.trim(), view: fields.view.trim() }],
    alternatives: fields.alternative
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
  });
  return parsed.success ? { ok: true, entry: parsed.data } : { ok: false, problems: splitProblems(z.prettifyError(parsed.error)) };
}

/** The "my-terms" pack holding `entries` (always on: the reader chose these words). */
export function ownTermsPack(entries: readonly TermEntry[], today: string): Pack {
  return Pack.parse({
    schemaVersion: PACK_SCHEMA_VERSION,
    id: OWN_PACK_ID,
    title: 'My terms',
    version: '1.0.0',
    asOf: today,
    languages: ['en'],
    description: 'Terms you added in Framelens settings.',
    activation: { always: true },
    entries,
  });
}
