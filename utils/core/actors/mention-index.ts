/**
 * The actor mentions the speaker resolver looks things up in: the known mentions, then the
 * unknown actors it creates one by one. Every attribution asks "which mentions lie in this
 * phrase", "who was named last before here" or "whose full name ends in this word"; answering
 * by copying, filtering and sorting all mentions each time was quadratic on long pages, and so
 * was testing them all again for each "the ministry said". The
 * answers, including which mention wins a tie, are those of a scan over [...known, ...unknown]
 * in that order (see the unit tests, which check each against such a scan).
 */
import type { ActorMention } from './actor-mention';

export class MentionIndex {
  private readonly added: ActorMention[] = [];
  /** Position of each unknown actor in the order added, to list them in that order. */
  private readonly order = new Map<ActorMention, number>();
  private readonly knownByFirst = new Map<number, ActorMention[]>();
  private readonly unknownByFirst = new Map<number, ActorMention[]>();
  /** Every mention in [...known, ...unknown] order. */
  private readonly all: ActorMention[] = [];
  /** Per named test: the mentions that pass it, sorted by `end` (equal ends in [...known, ...unknown] order), and how many of `all` were tested. */
  private readonly passing = new Map<string, { tested: number; byEnd: ActorMention[] }>();
  /** The first multi-word unknown actor (in [...known, ...unknown] order) whose last word has this key. */
  private readonly fullNames = new Map<string, ActorMention>();
  private readonly lastKey: (m: ActorMention) => string;

  /** `lastKey(m)` is the match key of the mention's last token. */
  constructor(known: readonly ActorMention[], lastKey: (m: ActorMention) => string) {
    this.lastKey = lastKey;
    for (const m of known) {
      push(this.knownByFirst, m.first, m);
      this.index(m);
    }
  }

  /** The unknown actors added so far, in the order they were added. */
  get unknown(): readonly ActorMention[] {
    return this.added;
  }

  /** Adds an unknown actor after every mention already held. */
  addUnknown(m: ActorMention): void {
    this.order.set(m, this.added.length);
    this.added.push(m);
    push(this.unknownByFirst, m.first, m);
    this.index(m);
  }

  /** Known mentions that start at token `first`, in the given order. */
  knownStartingAt(first: number): readonly ActorMention[] {
    return this.knownByFirst.get(first) ?? [];
  }

  /** Known mentions inside the tokens [first, end), by first token (then the given order). */
  knownWithin(first: number, end: number): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = first; i < end; i++) for (const m of this.knownByFirst.get(i) ?? []) if (m.endToken <= end) out.push(m);
    return out;
  }

  /** Unknown actors inside the tokens [first, end), in the order they were added. */
  unknownWithin(first: number, end: number): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = first; i < end; i++) for (const m of this.unknownByFirst.get(i) ?? []) if (m.endToken <= end) out.push(m);
    return out.sort((a, b) => this.rank(a) - this.rank(b));
  }

  /** The first unknown actor added for exactly the tokens [first, end), if any. */
  unknownAt(first: number, end: number): ActorMention | null {
    return this.unknownByFirst.get(first)?.find((m) => m.endToken === end) ?? null;
  }

  /** The first unknown actor of more than one word whose last word has the match key `key`. */
  fullNameEndingIn(key: string): ActorMention | null {
    return this.fullNames.get(key) ?? null;
  }

  /**
   * The mention that ends last at or before character `offset` among those that pass `test`; of equal ends,
   * the earlier in [...known, ...unknown]. `test` must depend on the mention alone and `name` must name it:
   * each mention is tested once per name, however often the question is asked.
   */
  latestBefore(offset: number, name: string, test: (m: ActorMention) => boolean): ActorMention | null {
    let view = this.passing.get(name);
    if (!view) {
      view = { tested: 0, byEnd: [] };
      this.passing.set(name, view);
    }
    for (; view.tested < this.all.length; view.tested++) {
      const m = this.all[view.tested] as ActorMention;
      if (test(m)) view.byEnd.splice(endsAtOrBefore(view.byEnd, m.end), 0, m);
    }
    // The last group of equal ends at or before `offset`, and its first mention.
    const hi = endsAtOrBefore(view.byEnd, offset);
    if (hi === 0) return null;
    const end = (view.byEnd[hi - 1] as ActorMention).end;
    return view.byEnd[endsAtOrBefore(view.byEnd, end - 1)] ?? null;
  }

  private rank(m: ActorMention): number {
    return this.order.get(m) ?? 0;
  }

  private index(m: ActorMention): void {
    this.all.push(m);
    if (m.actorType === 'unknown' && m.endToken - m.first > 1) {
      const key = this.lastKey(m);
      if (!this.fullNames.has(key)) this.fullNames.set(key, m);
    }
  }
}

/** Number of mentions in `byEnd` (sorted by end) whose end is at most `offset`. */
function endsAtOrBefore(byEnd: readonly ActorMention[], offset: number): number {
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byEnd[mid] as ActorMention).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push(map: Map<number, ActorMention[]>, key: number, m: ActorMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}
