import { describe, expect, it, vi } from 'vitest';
import { analyzeText } from '@/utils/core/analyze';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { requestAnalysis } from '@/utils/ext/analysis-reply';
import { isReplyPack } from '@/utils/ext/reply-packs';
import { AnalysisReplySchema } from '@/utils/ext/messages';
import { ok, type MessageOf } from '@/utils/ext/messages';

const META = { detected: true, reason: 'test', title: null, site: null, url: null, authors: [], published: null, modified: null, language: null };
const SENTENCE = 'The so-called regime in Baku said Stepanakert was occupied, a terrorist attack, officials claimed. ';
const analysis = analyzeText(`Headline\n\n${SENTENCE.repeat(300)}`, compileLexicon(loadBuiltinPacks().packs), META);
const message: MessageOf<'analyze-text'> = { type: 'analyze-text', text: analysis.article.text, article: META, disabledPacks: [] };

describe('requestAnalysis', () => {
  it('validates the findings in slices, pausing between them', async () => {
    expect(analysis.findings.length).toBeGreaterThan(1000);
    const pause = vi.fn(async () => undefined);
    const reply = await requestAnalysis(message, async () => ok({ analysis, packs: [] }), pause);
    expect(reply).toEqual(ok({ analysis, packs: [] }));
    expect(pause).toHaveBeenCalledTimes(Math.ceil(analysis.findings.length / 500) - 1);
  });

  it('rejects a reply with a malformed finding, and a missing receiver', async () => {
    const broken = { ...analysis, findings: [...analysis.findings.slice(0, 700), { kind: 'nonsense' }] };
    const reply = await requestAnalysis(message, async () => ok({ analysis: broken, packs: [] }), async () => undefined);
    expect(reply.ok).toBe(false);
    const none = await requestAnalysis(message, async () => Promise.reject(new Error('gone')), async () => undefined);
    expect(none).toEqual({ ok: false, error: 'no receiver for "analyze-text": gone' });
  });

  it('passes the packs the background sends (checked for shape) and refuses one without its entries', async () => {
    const packs = loadBuiltinPacks().packs.map(({ id, title, parties, timeline, entries }) => ({ id, title, parties, timeline, entries: entries.slice(0, 5) }));
    expect(AnalysisReplySchema.safeParse({ analysis, packs }).success).toBe(true); // what zod accepted before
    const reply = await requestAnalysis(message, async () => ok({ analysis, packs }), async () => undefined);
    expect(reply).toEqual(ok({ analysis, packs }));
    expect(isReplyPack({ id: 'p', title: 'P', parties: [], timeline: [] })).toBe(false);
    expect(isReplyPack({ id: 'p', title: 'P', parties: [], timeline: [], entries: [{ kind: 'term' }] })).toBe(false);
    for (const bad of [null, { id: 'p', title: 'P', parties: [], timeline: [] }, { id: 'p', title: 'P', parties: [], timeline: [], entries: [{ kind: 'term' }] }]) {
      const broken = await requestAnalysis(message, async () => ok({ analysis, packs: [bad] }), async () => undefined);
      expect(broken).toMatchObject({ ok: false, error: expect.stringContaining('a pack without its id, title or entries') });
    }
  });
});
