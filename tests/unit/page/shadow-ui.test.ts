import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG, mountShadowHost } from '@/utils/page/shadow-ui';

/**
 * A document whose page has defined our tag as a custom element: elements of that name are born
 * `:defined` (happy-dom does not implement `:defined` for custom elements, so it is stubbed here;
 * tests/e2e/hostile.spec.ts shows the real attack in Chromium).
 */
function pageThatDefinesOurTag(): Document {
  return new Proxy(document, {
    get(target, key) {
      if (key !== 'createElement') return Reflect.get(target, key, target) as unknown;
      return (tag: string) => {
        const el = target.createElement(tag);
        const matches = (selector: string): boolean => selector === ':defined' || Element.prototype.matches.call(el, selector);
        if (tag === HOST_TAG) Object.defineProperty(el, 'matches', { value: matches });
        return el;
      };
    },
  });
}

afterEach(() => document.querySelectorAll('*').forEach((el) => el.localName.startsWith(HOST_TAG) && el.remove()));

describe('mountShadowHost', () => {
  it('mounts a framelens-ui host with a closed shadow root, and removes it', () => {
    const mounted = mountShadowHost(document, 'p { color: red; }');
    expect(mounted.host.localName).toBe(HOST_TAG);
    expect(mounted.host.shadowRoot).toBeNull();
    expect(document.documentElement.lastElementChild).toBe(mounted.host);
    mounted.remove();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('takes a random tag when the page defined framelens-ui with a constructor that threw (an HTMLUnknownElement)', () => {
    const failed = new Proxy(document, {
      get(target, key) {
        if (key !== 'createElement') return Reflect.get(target, key, target) as unknown;
        return (tag: string) => {
          const el = target.createElement(tag);
          if (tag === HOST_TAG) Object.setPrototypeOf(el, HTMLUnknownElement.prototype);
          return el;
        };
      },
    });
    expect(mountShadowHost(failed, '').host.localName).toMatch(/^framelens-ui-[0-9a-f]{16}$/);
  });

  it('takes a fresh random tag when the page has defined framelens-ui as a custom element', () => {
    const first = mountShadowHost(pageThatDefinesOurTag(), '');
    const second = mountShadowHost(pageThatDefinesOurTag(), '');
    expect(first.host.localName).toMatch(/^framelens-ui-[0-9a-f]{16}$/);
    expect(second.host.localName).toMatch(/^framelens-ui-[0-9a-f]{16}$/);
    expect(second.host.localName).not.toBe(first.host.localName);
    expect(first.host.shadowRoot).toBeNull();
  });
});
