import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_POLL_MS, watchAddressChanges, type AddressWindow } from '@/utils/page/address-changes';

/** A window whose address the test sets, with or without the Navigation API. */
function fakeWindow(withNavigation: boolean) {
  const events = new EventTarget();
  const navigation = new EventTarget();
  const win = {
    location: { href: 'https://news.example/a' },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: number) => clearInterval(id),
    ...(withNavigation ? { navigation } : {}),
  } as unknown as AddressWindow;
  return { win, events, navigation };
}

afterEach(() => vi.useRealTimers());

describe('watchAddressChanges', () => {
  it('with the Navigation API: calls back on currententrychange, keeps no timer, and stops', () => {
    vi.useFakeTimers();
    const { win, navigation } = fakeWindow(true);
    const onChange = vi.fn();
    const stop = watchAddressChanges(win, onChange);
    expect(vi.getTimerCount()).toBe(0);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('without it: polls once a second and hears popstate and hashchange, only for a changed address', () => {
    vi.useFakeTimers();
    const { win, events } = fakeWindow(false);
    const onChange = vi.fn();
    const stop = watchAddressChanges(win, onChange);
    vi.advanceTimersByTime(ADDRESS_POLL_MS);
    events.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled(); // same address
    win.location.href = 'https://news.example/b'; // pushState: no event, seen by the poll
    vi.advanceTimersByTime(ADDRESS_POLL_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    win.location.href = 'https://news.example/b#c';
    events.dispatchEvent(new Event('hashchange'));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    win.location.href = 'https://news.example/d';
    events.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
