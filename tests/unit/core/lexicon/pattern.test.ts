import { describe, expect, it } from 'vitest';
import { parsePattern, WILDCARD } from '../../../../utils/core/lexicon/pattern';

function keys(pattern: string): string[] {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.alternatives.map((alt) => alt.map((t) => (t.key === WILDCARD ? '*' : t.key)).join(' '));
}

describe('parsePattern', () => {
  it('reads literal words and phrases', () => {
    expect(keys('Nagorno-Karabakh')).toEqual(['nagorno - karabakh']);
    expect(keys('so-called')).toEqual(['so - called']);
  });

  it('expands endings after a stem, the empty ending being the stem', () => {
    expect(keys('liberat[e,ed,ion]')).toEqual(['liberate', 'liberated', 'liberation']);
    expect(keys('regime[,s]')).toEqual(['regime', 'regimes']);
  });

  it('expands ~ to a hyphen, a space or nothing', () => {
    expect(keys('self~styled')).toEqual(['self - styled', 'self styled', 'selfstyled']);
  });

  it('reads * as one word', () => {
    expect(keys('the * regime')).toEqual(['the * regime']);
  });

  it('ignores possessives, including plural ones', () => {
    expect(keys("Azerbaijan's Defence Ministry")).toEqual(['azerbaijan defence ministry']);
    expect(keys("Students' Union")).toEqual(['students union']);
  });

  it.each([
    ['(occupied|liberated)', /looks like a regular expression/],
    ['occup[ied', /never closed/],
    ['occupied]', /without "\["/],
    ['[a,b]', /must follow a stem/],
    ['self ~styled', /"~" must join two words/],
    ['a[b,c][d,e][f,g][h,i][j,k][l,m][n,o][p,q][r,s]', /more than 256 variants/],
    ['occupied!', /not part of a word/],
    ['* *', /at least one literal word/],
  ])('rejects %s with an explanation', (pattern, message) => {
    const parsed = parsePattern(pattern);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
