import { describe, expect, it } from 'vitest';
import { attributeQuote, type VoiceContext } from '../../../../utils/core/voice/assign-voice';
import { findQuoteSpans } from '../../../../utils/core/voice/quotes';
import { findSpeechEvents } from '../../../../utils/core/voice/speech-events';
import { splitSentences } from '../../../../utils/core/text/sentences';
import { tokenize } from '../../../../utils/core/text/tokenize';

/** A voice context for `text`, with its own quote and event objects. */
function voiceContext(text: string): VoiceContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.firstToken, s.endToken));
  return { tokens, sentences, sentenceOf, quotes: findQuoteSpans(text), events: findSpeechEvents(tokens, sentences, () => false) };
}

describe('attributeQuote, decided once per text', () => {
  it('gives the same attribution when asked again', () => {
    const vc = voiceContext('“We will stay,” the minister said.');
    const quote = vc.quotes[0];
    if (!quote) throw new Error('no quote');
    const first = attributeQuote(vc, quote);
    expect(first).not.toBeNull();
    expect(attributeQuote(vc, quote)).toBe(first);
  });

  it('keeps the decisions of one text apart from another with the same quote', () => {
    const attributed = voiceContext('“We will stay,” the minister said.');
    const quote = attributed.quotes[0];
    if (!quote) throw new Error('no quote');
    expect(attributeQuote(attributed, quote)).not.toBeNull();
    // Same quote object, but a context without the attribution: the first text's answer must not leak in.
    const unattributed: VoiceContext = { ...attributed, events: [] };
    expect(attributeQuote(unattributed, quote)).toBeNull();
  });
});
