/**
 * What the content script does on a page, without the browser wiring: check the reader's
 * switches, look for an article, report to the background. Never throws: Framelens failing must
 * never break the page it runs on.
 */
import type { Logger } from './logger';
import { errorText, fail, sendMessage, type ArticleSummary, type Result, type SendFn, type TabState } from './messages';
import { markReported } from './reported-mark';
import { offReason, type Settings } from './settings';

export { REPORTED_MARK } from './reported-mark';

/** What a look at the page found. */
export interface PageProbe {
  article: ArticleSummary;
  findingCount: number;
}

/** What `reportPage` needs from its surroundings. */
export interface PageReportDeps {
  doc: Document;
  url: string;
  settings: Settings;
  send: SendFn;
  /** Looks at the page: is it an article, and how many findings does it hold? */
  probe: (doc: Document, url: string) => PageProbe;
  log: Logger;
  /** Where the mark goes; the page's `performance` in the browser. */
  performance?: Pick<Performance, 'mark'>;
}

/** Checks the switches, looks at the page, reports to the background; returns the tab's new state. */
export async function reportPage(deps: PageReportDeps): Promise<Result<TabState>> {
  const { doc, url, settings, send, probe, log } = deps;
  try {
    const reason = offReason(settings, url);
    const result =
      reason !== null
        ? await sendMessage({ type: 'page-off', reason }, send)
        : await sendMessage({ type: 'article-state', ...probe(doc, url) }, send);
    if (!result.ok) {
      log.warn(`could not report this page: ${result.error}`);
      return result;
    }
    markReported(deps.performance, result.value);
    return result;
  } catch (error) {
    log.error(`failed on this page: ${errorText(error)}`);
    return fail(errorText(error));
  }
}
