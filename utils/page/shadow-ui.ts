/**
 * A closed shadow root for Framelens UI inside a page. Its host element is the one DOM
 * change Framelens makes, and only while a card is open: `mountShadowHost` appends it,
 * `remove()` takes it out again. Closed mode keeps page scripts out of our UI; styles come
 * from a constructed stylesheet adopted by the shadow root, so page CSS cannot reach in
 * and ours cannot leak out.
 */

/** The host element's tag: a custom element name no page uses. */
export const HOST_TAG = 'framelens-ui';

/** A mounted shadow root and how to take it down. */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** The host's own style: above the page, out of its layout, inheriting nothing from it. */
const HOST_CSS = ':host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }';

/**
 * A host element the page does not control. A page that defines `framelens-ui` as a custom element
 * runs its constructor on our host, and `attachInternals().shadowRoot` would then hand it even a
 * closed shadow root (HTML spec: "available to element internals"). If our tag is defined (the
 * element is `:defined` at birth, or an HTMLUnknownElement when the page's constructor threw), the
 * host takes a fresh random name the page cannot have defined; defining it later upgrades the host
 * too late to reach its root (tests/e2e/hostile.spec.ts).
 */
function createHost(doc: Document): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  const plain = Object.getPrototypeOf(host) === doc.defaultView?.HTMLElement.prototype;
  if (plain && !host.matches(':defined')) return host;
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  return doc.createElement(`${HOST_TAG}-${suffix}`);
}

/** Appends a host with a closed shadow root styled by `css` to `doc`'s root element. */
export function mountShadowHost(doc: Document, css: string): ShadowHost {
  const host = createHost(doc);
  const root = host.attachShadow({ mode: 'closed' });
  const Ctor = doc.defaultView?.CSSStyleSheet;
  if (Ctor !== undefined) {
    const sheet = new Ctor();
    sheet.replaceSync(`${HOST_CSS}\n${css}`);
    root.adoptedStyleSheets = [sheet];
  }
  // <html>, not <body>: body transforms or overflow rules on some sites would clip a fixed card.
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    remove: () => host.remove(),
  };
}
