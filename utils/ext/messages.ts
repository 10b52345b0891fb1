/**
 * The message protocol between the parts of Framelens: one zod schema per message, a
 * discriminated union on `type`, and a reply schema per message. Every receiver validates with
 * `safeParse` and checks that the sender is this extension; every reply crosses contexts as a
 * `Result` (`{ ok: true, value } | { ok: false, error }`), never as a thrown error.
 */
import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { Analysis, ArticleInfo } from '@/utils/core/analysis-schema';
import { MAX_FAILURE_REASON_CHARS, errorText } from './failure-reason';
import { isReplyPack, type ReplyPack } from './reply-packs';
import type { Logger } from './logger';

/**
 * A string the page supplies, cut to `max` characters where it is received: the background keeps
 * each tab's summary in `storage.session` (10 MB for all tabs), and a page with a megabyte-long
 * title must not fill it for everyone.
 */
const pageString = (max: number) => z.string().transform((s) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`));
/** The longest title, outlet name or date kept; a headline is far shorter. */
export const MAX_SUMMARY_CHARS = 300;
/** The longest address kept (browsers show about 2,000 characters). */
export const MAX_SUMMARY_URL_CHARS = 2048;

/** What the content script learned about a page (all strings come from the page itself). */
export const ArticleSummarySchema = z.object({
  detected: z.boolean(),
  title: pageString(MAX_SUMMARY_CHARS).nullable(),
  site: pageString(MAX_SUMMARY_CHARS).nullable(),
  published: pageString(MAX_SUMMARY_CHARS).nullable(),
  url: pageString(MAX_SUMMARY_URL_CHARS).nullable(),
  /**
   * The reader asked for this analysis ("Analyze anyway"); on a page without a detected article it
   * reads "analysed on request". Optional on the wire so an older content script still validates.
   */
  requested: z.boolean().optional().default(false),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** Why Framelens does not run on a page. */
export const OffReasonSchema = z.enum(['master-off', 'site-off']);
export type OffReason = z.infer<typeof OffReasonSchema>;

/** Why analysis failed on a page, in a few words (an error message, cut to fit). */
export const FailureReasonSchema = z.string().min(1).max(MAX_FAILURE_REASON_CHARS);

/** What the background knows about one tab. */
export const TabStateSchema = z.discriminatedUnion('status', [
  /** No report from the content script yet (page loading, or not an http(s) page). */
  z.object({ status: z.literal('waiting') }),
  /** The reader switched Framelens off for this page. */
  z.object({ status: z.literal('off'), reason: OffReasonSchema }),
  /** The content script looked at the page. */
  z.object({
    status: z.literal('ready'),
    article: ArticleSummarySchema,
    findingCount: z.number().int().nonnegative(),
  }),
  /** Analysis threw on this page; the page itself is untouched. The popup offers to try again. */
  z.object({ status: z.literal('failed'), reason: FailureReasonSchema }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

const TabIdSchema = z.number().int().nonnegative();

/** Every message any part of Framelens sends. */
export const MessageSchema = z.discriminatedUnion('type', [
  /** Content script → background: what this page holds. Reply: the tab's new state. */
  z.object({
    type: z.literal('article-state'),
    article: ArticleSummarySchema,
    findingCount: z.number().int().nonnegative(),
  }),
  /** Content script → background: Framelens is switched off here. Reply: the tab's new state. */
  z.object({ type: z.literal('page-off'), reason: OffReasonSchema }),
  /** Content script → background: analysis failed on this page (`reason`: the error). Reply: the tab's new state. */
  z.object({ type: z.literal('page-failed'), reason: FailureReasonSchema }),
  /** Popup / side panel → background: what do you know about this tab? Reply: its state. */
  z.object({ type: z.literal('get-tab-state'), tabId: TabIdSchema }),
  /**
   * Content script → background: the reader asked for the side panel (a click in the page).
   * Chrome lets the background open it because the click's user gesture travels with the message.
   */
  z.object({
    type: z.literal('open-side-panel'),
    /** The finding the reader came from ("More in side panel" in a card): the panel opens it. */
    findingIndex: z.number().int().nonnegative().optional(),
  }),
  /** Background → popup / side panel: a tab's state changed. No reply. */
  z.object({ type: z.literal('tab-state-changed'), tabId: TabIdSchema, state: TabStateSchema }),
  /** Popup / side panel → content script (tabs.sendMessage): the page's analysis. Reply: `PageAnalysis`. */
  z.object({ type: z.literal('get-analysis') }),
  /** Popup / side panel → content script: scroll to finding `index`, flash and focus it. Reply: whether it could. */
  z.object({ type: z.literal('show-finding'), index: z.number().int().nonnegative() }),
  /** Popup → content script: analyse this page even though it does not look like an article. Reply: null. */
  z.object({ type: z.literal('analyze-anyway') }),
  /** Popup → content script: analysis failed here; run it again (no "Analyze anyway" implied). Reply: null. */
  z.object({ type: z.literal('retry-analysis') }),
  /**
   * Content script → background: analyse this article text with the reader's packs minus `disabledPacks`.
   * The background keeps the compiled lexicon, so no page builds a matcher. Reply: `AnalysisReply`.
   */
  z.object({
    type: z.literal('analyze-text'),
    text: z.string(),
    article: ArticleInfo.omit({ text: true }),
    disabledPacks: z.array(z.string()),
  }),
  /**
   * First-stage content script → background: this frame holds an article (or the reader asked
   * "Analyze anyway"), or, `early`, carries article markup and the first stage has not read the
   * switches yet; inject the page app into it (scripting.executeScript). Reply: whether it was
   * injected (an early ask is declined on a site the background's copy of the switches has off).
   */
  z.object({ type: z.literal('load-page-app'), early: z.boolean() }),
  /** Background → content script: a keyboard command (WXT `commands`) for this page. Reply: null. */
  z.object({ type: z.literal('page-command'), command: z.enum(['toggle-highlights', 'next-finding', 'previous-finding']) }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What a content script knows about its page: the analysis (null when no article was analysed). */
export const PageAnalysisSchema = z.object({
  analysis: Analysis.nullable(),
  /** Milliseconds from content-script start to painted highlights. */
  paintedMs: z.number().nullable(),
  /** Whether the reader hid every highlight on this page (Alt+Shift+H). */
  highlightsShown: z.boolean(),
});
export type PageAnalysis = z.infer<typeof PageAnalysisSchema>;

/**
 * The analysis, and the packs behind its findings as cards read them (title, parties, timeline,
 * the entries found): shape-checked, not the pack schema again (reply-packs.ts says why).
 */
export const AnalysisReplySchema = z.object({
  analysis: Analysis,
  packs: z.array(z.custom<ReplyPack>(isReplyPack, 'a pack without its id, title or entries')),
});
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;

/** The schema of the reply value for each message type. */
export const ReplySchemas = {
  'article-state': TabStateSchema,
  'page-off': TabStateSchema,
  'page-failed': TabStateSchema,
  'get-tab-state': TabStateSchema,
  'open-side-panel': z.null(),
  'tab-state-changed': z.null(),
  'get-analysis': PageAnalysisSchema,
  'show-finding': z.boolean(),
  'analyze-anyway': z.null(),
  'retry-analysis': z.null(),
  'page-command': z.null(),
  'load-page-app': z.boolean(),
  'analyze-text': AnalysisReplySchema,
} satisfies Record<MessageType, z.ZodType>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof ReplySchemas)[T]>;

/**
 * Who sent a message, as the browser (not the sender) reports it: a content script in a web page
 * (`sender.tab` set, `sender.url` the page), or an extension page (popup, side panel, options,
 * the background), whose `sender.url` is on the extension's own origin.
 */
export type SenderKind = 'content-script' | 'extension-page';

/**
 * Which part of Framelens may send each message. A content script runs in a page's renderer, so
 * it may only report on its own tab and ask for analysis; it may not read other tabs' states
 * (titles and addresses) or act as the popup. Every message type must be listed (the type says so).
 */
export const ALLOWED_SENDERS: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  'article-state': ['content-script'],
  'page-off': ['content-script'],
  'page-failed': ['content-script'],
  'open-side-panel': ['content-script'],
  'analyze-text': ['content-script'],
  'load-page-app': ['content-script'],
  'get-tab-state': ['extension-page'],
  'tab-state-changed': ['extension-page'],
  'get-analysis': ['extension-page'],
  'show-finding': ['extension-page'],
  'analyze-anyway': ['extension-page'],
  'retry-analysis': ['extension-page'],
  'page-command': ['extension-page'],
};

/** What kind of Framelens part `sender` is, or null for anything else (another extension, a web page, no id). */
export function senderKind(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return null;
}

/** A value or an error message, as it crosses between contexts. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** Wraps an error message as a failed result. */
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The schema of a `Result` carrying `value`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** The part of `browser.runtime` / `browser.tabs` that sends messages. */
export type SendFn = (message: Message) => Promise<unknown>;

/**
 * Sends `message` and validates the reply against its schema. Never throws: a closed receiver,
 * a malformed reply or no reply at all come back as `{ ok: false, error }`.
 */
export async function sendMessage<T extends MessageType>(
  message: MessageOf<T>,
  send: SendFn,
): Promise<Result<ReplyOf<T>>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch (error) {
    return fail(`no receiver for "${message.type}": ${errorText(error)}`);
  }
  const type: T = message.type;
  const parsed = resultSchema(ReplySchemas[type]).safeParse(raw);
  if (!parsed.success) {
    return fail(`bad reply to "${message.type}": ${z.prettifyError(parsed.error)}`);
  }
  // The schema for `type` produced this value, so it has the reply type of `T`.
  return parsed.data as Result<ReplyOf<T>>;
}

/** One handler per message type a context answers. */
export type Handlers = {
  [T in MessageType]?: (
    message: MessageOf<T>,
    sender: Browser.runtime.MessageSender,
  ) => ReplyOf<T> | Promise<ReplyOf<T>>;
};

/**
 * Builds a `runtime.onMessage` listener that drops messages from other extensions or web pages,
 * validates the message, refuses it from a part of Framelens that may not send it
 * (`ALLOWED_SENDERS`), and answers with a `Result`. Returns `undefined` (no answer) for valid
 * messages this context has no handler for, so other listeners can answer them.
 * `extensionOrigin` defaults to this extension's (`runtime.getURL('/')`).
 */
export function createMessageRouter(
  handlers: Handlers,
  options: { extensionId: string; log: Logger; extensionOrigin?: string },
): (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<Result<unknown>> | undefined {
  const { extensionId, log } = options;
  const origin = options.extensionOrigin ?? browser.runtime.getURL('/');
  return (raw, sender) => {
    const kind = senderKind(sender, extensionId, origin);
    if (kind === null) {
      log.warn(`dropped a message from a foreign sender (${sender.id ?? 'no id'})`);
      return undefined;
    }
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      log.warn(`rejected a malformed message: ${z.prettifyError(parsed.error)}`);
      return Promise.resolve(fail('malformed message'));
    }
    const message = parsed.data;
    if (!ALLOWED_SENDERS[message.type].includes(kind)) {
      const who = kind === 'content-script' ? 'a content script' : 'an extension page';
      log.warn(`refused "${message.type}" from ${who}`);
      return Promise.resolve(fail(`"${message.type}" may not come from ${who}`));
    }
    const handler = handlers[message.type] as
      | ((m: Message, s: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return ok(await handler(message, sender));
      } catch (error) {
        log.error(`handler for "${message.type}" failed: ${errorText(error)}`);
        return fail(errorText(error));
      }
    })();
  };
}

// A readable message for anything thrown; lives in the zod-free failure-reason.ts so the first stage uses it too.
export { errorText };
