/**
 * Opens and closes the finding card in a closed shadow root. The host element exists only
 * while a card is open, so the page's DOM is untouched the rest of the time.
 */
import { render } from 'preact';
import { CARD_CSS } from '@/components/card-css';
import { FindingCard, type FindingCardProps } from '@/components/FindingCard';
import { mountShadowHost, type ShadowHost } from './shadow-ui';

/** The one card slot of a page. */
export interface CardHost {
  /** Shows a card (replacing any open one). */
  open(props: FindingCardProps): void;
  /** Removes the card and its host element; focus returns where it was if it was in the card. */
  close(): void;
  /** Whether `node` is the card's host (events from inside a closed root are retargeted to it). */
  owns(node: EventTarget | null): boolean;
  readonly isOpen: boolean;
}

/** A card slot in `doc`. */
export function createCardHost(doc: Document): CardHost {
  let mounted: ShadowHost | null = null;
  let returnFocus: HTMLElement | null = null;
  return {
    open(props) {
      if (mounted === null) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
        mounted = mountShadowHost(doc, CARD_CSS);
      }
      render(<FindingCard {...props} />, mounted.root);
    },
    close() {
      if (mounted === null) return;
      const hadFocus = doc.activeElement === mounted.host;
      render(null, mounted.root);
      mounted.remove();
      mounted = null;
      if (hadFocus) returnFocus?.focus({ preventScroll: true });
      returnFocus = null;
    },
    owns: (node) => mounted !== null && node === mounted.host,
    get isOpen() {
      return mounted !== null;
    },
  };
}
