import { describe, expect, it, vi } from 'vitest';
import { buildBuiltinLexicon } from '../../../scripts/lexicon-assets';
import { analyzeText } from '@/utils/core/analyze';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import type { Pack } from '@/utils/core/lexicon/schema';
import { createAnalysisService, MAX_ANALYSIS_CHARS } from '@/utils/ext/analysis-service';
import { BUILTIN_LEXICON_PATH, BUILTIN_PACKS_PATH } from '@/utils/ext/lexicon-assets';
import { createLogger } from '@/utils/ext/logger';

const { packs, lexicon } = buildBuiltinLexicon();
const TEXT = 'Shelling near Stepanakert\n\nThe so-called TRNC said the regime in Baku had occupied Khankendi, a terrorist attack, officials claimed.';
const META = { detected: true, reason: 'test', title: null, site: null, url: null, authors: [], published: null, modified: null, language: null };
const sender = {};

function service(stored: unknown = []) {
  const readJson = vi.fn(async (path: string) => JSON.parse(JSON.stringify(path === BUILTIN_LEXICON_PATH ? lexicon : packs)) as unknown);
  let raw = stored;
  const readStored = vi.fn(async () => raw);
  const svc = createAnalysisService({
    readJson,
    readStoredUserPacks: readStored,
    log: createLogger('test', { sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } }),
  });
  /** Writes the stored packs and tells the service, as the background's storage.onChanged listener does. */
  const store = (next: unknown): void => {
    raw = next;
    svc.userPacksChanged();
  };
  return { svc, readJson, readStored, store, setWithoutTelling: (next: unknown) => (raw = next) };
}

const reply = (svc: ReturnType<typeof service>['svc'], disabledPacks: string[] = []) =>
  svc.handlers['analyze-text']?.({ type: 'analyze-text', text: TEXT, article: META, disabledPacks }, sender);
const analyze = async (svc: ReturnType<typeof service>['svc'], disabledPacks: string[] = []) => (await reply(svc, disabledPacks))?.analysis;

describe('createAnalysisService', () => {
  it('answers with the analysis of compiling the enabled packs, reading the build output once', async () => {
    const { svc, readJson } = service();
    const off = packs[0]?.id ?? '';
    expect(await analyze(svc)).toEqual(analyzeText(TEXT, compileLexicon(packs), META));
    expect(await analyze(svc, [off])).toEqual(analyzeText(TEXT, compileLexicon(packs.filter((p) => p.id !== off)), META));
    expect(readJson.mock.calls).toEqual([[BUILTIN_LEXICON_PATH], [BUILTIN_PACKS_PATH]]);
  });

  it('reads both lexicon files once when warmed, not again on the first request', async () => {
    const { svc, readJson } = service();
    await svc.warm();
    expect(readJson.mock.calls).toEqual([[BUILTIN_LEXICON_PATH], [BUILTIN_PACKS_PATH]]);
    await reply(svc);
    expect(readJson).toHaveBeenCalledTimes(2);
  });

  it("adds the reader's packs and notices when they change", async () => {
    const mine: Pack = { ...(packs.find((p) => p.id === 'loaded-language') as Pack), id: 'mine', title: 'Mine' };
    const { svc, store } = service([]);
    const before = await analyze(svc, ['loaded-language']);
    store([mine]);
    const after = await analyze(svc, ['loaded-language']);
    expect(after).toEqual(analyzeText(TEXT, compileLexicon([...packs.filter((p) => p.id !== 'loaded-language'), mine]), META));
    expect(after?.findings.length).toBeGreaterThan(before?.findings.length ?? 0);
  });

  it("reads the reader's packs once, not per page, and again only when told they changed", async () => {
    const mine: Pack = { ...(packs.find((p) => p.id === 'loaded-language') as Pack), id: 'mine', title: 'Mine' };
    const { svc, readStored, store, setWithoutTelling } = service([]);
    await analyze(svc, ['loaded-language']);
    await analyze(svc, ['loaded-language']);
    expect(readStored).toHaveBeenCalledTimes(1);
    // Storage is only re-read after a change is reported (the background listens to storage.onChanged).
    setWithoutTelling([mine]);
    const stale = await analyze(svc, ['loaded-language']);
    expect(readStored).toHaveBeenCalledTimes(1);
    store([mine]);
    const fresh = await analyze(svc, ['loaded-language']);
    expect(readStored).toHaveBeenCalledTimes(2);
    expect(fresh?.findings.length).toBeGreaterThan(stale?.findings.length ?? 0);
  });

  it('tries the read again on the next request when reading the stored packs failed', async () => {
    const { svc, readStored } = service([]);
    readStored.mockRejectedValueOnce(new Error('storage is unavailable'));
    await expect(reply(svc)).rejects.toThrow('storage is unavailable');
    await expect(reply(svc)).resolves.toBeDefined();
    expect(readStored).toHaveBeenCalledTimes(2);
  });

  it('sends with the analysis the entries its findings came from, in full, for the cards', async () => {
    const { svc } = service();
    const answer = await reply(svc);
    const found = new Set(answer?.analysis.findings.map((f) => `${f.packId}/${f.entryId}`));
    const sent = answer?.packs.flatMap((p) => p.entries.map((e) => `${p.id}/${e.id}`)) ?? [];
    expect(new Set(sent)).toEqual(new Set([...found].filter((k) => !k.startsWith('null/'))));
    const entry = answer?.packs[0]?.entries[0];
    const full = packs.find((p) => p.id === answer?.packs[0]?.id)?.entries.find((e) => e.id === entry?.id);
    expect(entry).toEqual(full);
  });

  it('refuses text longer than MAX_ANALYSIS_CHARS with a reason the popup can show, without reading anything', async () => {
    const { svc, readJson } = service();
    const text = 'word '.repeat(MAX_ANALYSIS_CHARS / 5 + 1);
    await expect(svc.handlers['analyze-text']?.({ type: 'analyze-text', text, article: META, disabledPacks: [] }, sender)).rejects.toThrow(
      'the article is too long to analyse (1,000,005 characters; Framelens reads up to 1,000,000)',
    );
    expect(readJson).not.toHaveBeenCalled();
    // Text of the limit's length is analysed.
    const atLimit = `${TEXT} ${'x'.repeat(MAX_ANALYSIS_CHARS - TEXT.length - 1)}`;
    await expect(svc.handlers['analyze-text']?.({ type: 'analyze-text', text: atLimit, article: META, disabledPacks: [] }, sender)).resolves.toBeDefined();
  });
});
