/**
 * The analysis of a tab's page, asked from its content script, and the packs to explain it
 * with. Asked again whenever the tab's state changes (navigation, settings, "Analyze anyway").
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadAllPacks, watchUserPacks } from '@/utils/ext/user-packs';
import { sendMessage, type Message, type PageAnalysis, type Result, type ReplyOf, type TabState } from '@/utils/ext/messages';
import type { Pack } from '@/utils/core/lexicon/schema';
import { indexPacks, type PackIndex } from './entry-info';

/** Sends `message` to the content script of `tabId`. */
export function sendToTab<T extends Message['type']>(tabId: number, message: Extract<Message, { type: T }>): Promise<Result<ReplyOf<T>>> {
  return sendMessage(message, (m) => browser.tabs.sendMessage(tabId, m));
}

/** The content script's analysis of `tabId`, refreshed when `state` changes. */
export function usePageAnalysis(tabId: number | undefined, state: TabState | null): PageAnalysis | null {
  const [data, setData] = useState<PageAnalysis | null>(null);
  useEffect(() => {
    if (tabId === undefined || state === null || state.status !== 'ready') {
      setData(null);
      return;
    }
    let live = true;
    void sendToTab(tabId, { type: 'get-analysis' }).then((result) => {
      if (live) setData(result.ok ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [tabId, state]);
  return data;
}

/** Every installed pack (built-in and the reader's), as a list and by id, and which ids are built in, kept up to date. */
export function usePacks(): { list: Pack[]; index: PackIndex; builtinIds: ReadonlySet<string> } {
  const [packs, setPacks] = useState<{ list: Pack[]; index: PackIndex; builtinIds: ReadonlySet<string> }>({
    list: [],
    index: new Map(),
    builtinIds: new Set(),
  });
  useEffect(() => {
    let live = true;
    const load = (): void => {
      void loadAllPacks().then(({ builtin, user }) => {
        const list = [...builtin, ...user];
        if (live) setPacks({ list, index: indexPacks(list), builtinIds: new Set(builtin.map((p) => p.id)) });
      });
    };
    load();
    const unwatch = watchUserPacks(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return packs;
}
