import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hiddenFor, mutedFor, readSettings, withHidden, withMuted, withoutMuted } from '@/utils/ext/settings';

const URL_A = 'https://www.news.example/world/1';
const URL_B = 'https://other.example/a';

describe('highlight categories per site', () => {
  it('uses the default until a site has its own choice', () => {
    const s = withHidden(DEFAULT_SETTINGS, null, new Set(['actor']));
    expect([...hiddenFor(s, URL_A)]).toEqual(['actor']);
    const t = withHidden(s, 'news.example', new Set(['place', 'term']));
    expect([...hiddenFor(t, URL_A)]).toEqual(['place', 'term']);
    expect([...hiddenFor(t, URL_B)]).toEqual(['actor']);
  });

  it('drops unknown categories from stored settings, field by field', () => {
    const { settings, problems } = readSettings({ ...DEFAULT_SETTINGS, hiddenCategories: ['colour'] });
    expect(settings.hiddenCategories).toEqual([]);
    expect(problems).toEqual(['hiddenCategories: invalid value ["colour"]']);
  });
});

describe('muted entries', () => {
  it('mutes on one site or everywhere, and unmutes from both', () => {
    const onSite = withMuted(DEFAULT_SETTINGS, 'karabakh/occupied', 'news.example');
    expect(mutedFor(onSite, URL_A).has('karabakh/occupied')).toBe(true);
    expect(mutedFor(onSite, URL_B).has('karabakh/occupied')).toBe(false);
    const everywhere = withMuted(onSite, 'karabakh/occupied', null);
    expect(mutedFor(everywhere, URL_B).has('karabakh/occupied')).toBe(true);
    const none = withoutMuted(everywhere, 'karabakh/occupied');
    expect(mutedFor(none, URL_A).size).toBe(0);
  });
});
