/**
 * The reviewed list of corpus pages that really are about a covered conflict, so conflict
 * packs may fire on them. Every other real page in ../shared/corpus must get no finding
 * from any conflict pack. Reviewed 2026-11-25 by reading each page's extracted text; the
 * US impeachment pages that mention Ukraine and the sports pages that name Serbia, Kosovo,
 * Israel or Northern Ireland as teams are deliberately NOT listed: packs must stay quiet there.
 */

/** One reviewed page: which conflict it is about, the pack-id words that conflict's pack carries, and why. */
export interface ConflictPage {
  conflict: string;
  /** A conflict pack whose id contains one of these words may fire on the page. */
  packWords: readonly string[];
  why: string;
}

export const CONFLICT_PAGES: Readonly<Record<string, ConflictPage>> = {
  'aeb/1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432': {
    conflict: 'Syria',
    packWords: ['syria'],
    why: 'Polygraph.info fact-check on Russian claims about the US-held al-Tanf zone and the Rukban camp in Syria.',
  },
  'aeb/833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730': {
    conflict: 'Israel–Palestine',
    packWords: ['israel', 'palestin', 'gaza'],
    why: 'Al Bawaba report on reactions to the 2019 US statement that Israeli settlements in the West Bank are not illegal.',
  },
  'readability/wapo-2': {
    conflict: 'Israel–Palestine',
    packWords: ['israel', 'palestin', 'gaza'],
    why: 'Washington Post analysis of US–Israeli relations after Netanyahu’s 2015 election win, including his statements on a Palestinian state.',
  },
  'aeb/5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b': {
    conflict: 'Kashmir; Israel–Palestine',
    packWords: ['kashmir', 'israel', 'palestin'],
    why: 'India Post page: the story is about deportees, but the extracted text carries news teasers on the Kashmir internet shutdown, schools in Jammu and Kashmir, and the US stance on Israeli settlements.',
  },
};

/** Whether `packId` may fire on page `pageId`. */
export function conflictPackAllowed(pageId: string, packId: string): boolean {
  const page = Object.hasOwn(CONFLICT_PAGES, pageId) ? CONFLICT_PAGES[pageId] : undefined;
  return !!page && page.packWords.some((w) => packId.includes(w));
}

/** Whether the page is on the reviewed list at all. */
export function isConflictPage(pageId: string): boolean {
  return Object.hasOwn(CONFLICT_PAGES, pageId);
}
