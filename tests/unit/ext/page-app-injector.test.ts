import { describe, expect, it } from 'vitest';
import { createPageAppHandlers, isFrameGone } from '@/utils/ext/page-app-injector';

const FROM_TAB = { id: 'ext', tab: { id: 7 } as never, frameId: 0 };
const SWITCHES_ON = async () => ({ enabled: true, disabledSites: [] });

describe('load-page-app when the frame is gone', () => {
  it.each(['Frame with ID 0 was removed.', 'No tab with id: 7.', 'Invalid tab ID: 7'])('"%s" (tab closed or page left while injecting) is answered quietly', async (message) => {
    const handler = createPageAppHandlers(() => Promise.reject(new Error(message)), SWITCHES_ON)['load-page-app'];
    await expect(handler?.({ type: 'load-page-app', early: false }, FROM_TAB)).resolves.toBe(false);
  });

  it('any other refusal still fails, so the router logs it and the first stage reports the page as failed', async () => {
    const handler = createPageAppHandlers(() => Promise.reject(new Error('Cannot access contents of the page.')), SWITCHES_ON)['load-page-app'];
    await expect(handler?.({ type: 'load-page-app', early: false }, FROM_TAB)).rejects.toThrow('Cannot access contents');
  });

  it('tells only the browser’s frame-gone errors apart', () => {
    expect(isFrameGone(new Error('Frame with ID 12 was removed.'))).toBe(true);
    expect(isFrameGone(new Error('the Frame with ID 0 was removed'))).toBe(false);
    expect(isFrameGone('Frame with ID 0 was removed.')).toBe(false);
  });
});
