import { CARD_CSS } from '@/components/card-css';

/** The example card uses the same stylesheet as the in-page card (adopted, as in the page). */
export function adoptCardStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
