// WebDriver BiDi helpers for the Firefox smoke test. Firefox will not navigate automation to
// moz-extension:// pages, but BiDi can still evaluate script in browsing contexts that exist:
// the browser window's chrome (with --remote-allow-system-access; Firefox's own `moz:scope`
// extension to BiDi) and the welcome tab Framelens opens on install, an extension page from which
// the extension's other pages can be loaded with `location.href`.

/** Evaluates `expression` (awaiting a promise) in BiDi context `context`; returns its value or throws. */
export async function evaluateIn(browser, context, expression) {
  const { result } = await browser.connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type !== 'success') throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
  return result.result.value;
}

/** The top-level browsing contexts of `scope` ('content' pages or the 'chrome' browser window). */
export async function topContexts(browser, scope = 'content') {
  const { result } = await browser.connection.send('browsingContext.getTree', scope === 'chrome' ? { 'moz:scope': 'chrome' } : {});
  return result.contexts;
}

/** The browser window's chrome context (needs Firefox started with --remote-allow-system-access). */
export async function chromeContext(browser) {
  const [window] = await topContexts(browser, 'chrome');
  if (!window) throw new Error('no chrome context (start Firefox with --remote-allow-system-access)');
  return window.context;
}

/** The first tab showing one of this extension's pages (the welcome page after install). */
export async function extensionTab(browser) {
  const tab = (await topContexts(browser)).find((c) => c.url.startsWith('moz-extension://'));
  if (!tab) throw new Error('no extension page is open (the welcome page opens on install)');
  return tab.context;
}

/** Polls `read` (an expression returning JSON text) in `context` until `done(value)` or `timeoutMs`. */
export async function pollIn(browser, context, read, done, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  let value;
  for (;;) {
    try {
      value = JSON.parse(await evaluateIn(browser, context, read));
      if (done(value)) return value;
    } catch {
      // The page is still loading (its context is being replaced): try again.
    }
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
