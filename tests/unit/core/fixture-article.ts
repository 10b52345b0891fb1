/**
 * An article written for these tests (our own sentences, not from any outlet), shaped
 * like a wire story: headline, standfirst, quotes of each kind, reported speech, a
 * hotel sentence where "occupied" is not contested, and diacritics.
 */
export const FIXTURE_ARTICLE = [
  'Shelling resumes near Ağdam as the so-called truce collapses',
  'Azerbaijan says its units entered occupied Karabakh villages overnight.',
  'Azerbaijan\u2019s Defence Ministry said its units had \u201csecured new lines\u201d near Ağdam on Tuesday and that Armenian positions were \u201cabandoned in haste\u201d.',
  '\u201cHeavy shelling continues around Xankəndi,\u201d ministry spokesman Anar Guliyev told reporters.',
  'President Ilham Aliyev said the \u201cliberation\u201d of the region was near. Aliyev added that Baku would never accept the separatist regime in Karabakh.',
  'According to Armenia\u2019s Defence Ministry, Azerbaijani units occupied two hills near Stepanakert.',
  'The self-styled "defence council" of the region met again on Friday.',
  'Hotel managers were relieved: every room was booked, and the old hotel was fully occupied by Friday.',
  'What Yerevan calls Artsakh is, for many in Baku, simply occupied land.',
  'Shelling hit Xankəndi overnight, residents said.',
  'Mediators from the OSCE Minsk Group arrived in Baku on Monday. Türkiye welcomed the visit.',
].join('\n\n');
