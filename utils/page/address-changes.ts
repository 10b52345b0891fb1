/**
 * Tells when the page changes its address without loading (single-page sites: `pushState`,
 * `replaceState`, back/forward, `#fragment`). The first stage listens on every page, so this
 * must cost nothing while nothing happens: the Navigation API's `currententrychange` fires after
 * each same-document change of address, in the content script's isolated world too, and needs
 * no timer. Where a browser lacks the Navigation API (Firefox before 147), a `pushState` is seen
 * by nothing but polling, so there, and only there, the address is compared once a second, as
 * WXT's location watcher does for every content script (`wxt:locationchange`).
 * The callback may fire for a change the page only pretended; the caller compares addresses.
 */

/** Once a second, where polling is the only way (as WXT's location watcher). */
export const ADDRESS_POLL_MS = 1000;

/** The part of the Navigation API this uses. */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** What the watcher needs from the page's window. */
export type AddressWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'> & {
  location: { href: string };
  navigation?: NavigationEvents;
};

/** Calls `onChange` after each change of address without a load; returns the function that stops watching. */
export function watchAddressChanges(win: AddressWindow, onChange: () => void): () => void {
  const navigation = win.navigation;
  if (navigation !== undefined && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onChange);
    return () => navigation.removeEventListener('currententrychange', onChange);
  }
  let last = win.location.href;
  const check = (): void => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const timer = win.setInterval(check, ADDRESS_POLL_MS);
  return () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    win.clearInterval(timer);
  };
}
