/**
 * Words the synthetic pages and the lexicon-scale packs share, so scaled lexicons match text
 * that really occurs in the benchmark pages. Our own writing; the lexicon words come from
 * packs/*.json (always-on loaded-language terms, Karabakh and Russia–Ukraine actors and places).
 */

/** Actors and places of the built-in packs (so the real packs find something). */
export const PACK_ACTORS = [
  'Ilham Aliyev', 'Nikol Pashinyan', 'Ararat Mirzoyan', 'Jeyhun Bayramov', 'Volodymyr Zelensky',
  'Vladimir Putin', 'Sergei Lavrov', 'Dmitry Peskov', 'Maria Zakharova',
];
export const PACK_PLACES = ['Stepanakert', 'Nagorno-Karabakh', 'Karabakh', 'Lachin', 'Kyiv', 'Donetsk', 'Crimea', 'Shusha'];
/** Always-on loaded-language words (loaded-language.json), in forms its context rules accept. */
export const PACK_LOADED = ['self-styled', 'self-proclaimed', 'hardliners', 'extremists', 'warlord', 'propaganda', 'junta', 'thugs'];

/** First names and surnames: their 100 × 100 pairs are the scale packs' 10,000 actor names. */
export const FIRST_NAMES = [
  'Anna', 'Boris', 'Clara', 'Davit', 'Elena', 'Farid', 'Galina', 'Hakob', 'Irina', 'Jamal', 'Karina', 'Levon', 'Marta',
  'Nadia', 'Oleg', 'Petra', 'Rustam', 'Sona', 'Taras', 'Ulyana', 'Vahe', 'Yana', 'Zaur', 'Aram', 'Bella', 'Chingiz',
  'Dina', 'Emil', 'Fatima', 'Gor', 'Hanna', 'Igor', 'Jana', 'Kamran', 'Lilit', 'Mikhail', 'Nare', 'Orkhan', 'Polina',
  'Ruslan', 'Sabina', 'Tigran', 'Ulvi', 'Vera', 'Yuri', 'Zara', 'Artem', 'Bogdan', 'Daria', 'Elchin', 'Gayane',
  'Hayk', 'Inna', 'Kristina', 'Leyla', 'Maksim', 'Narmin', 'Oksana', 'Pavel', 'Roza', 'Samir', 'Tamara', 'Vugar',
  'Yelena', 'Zhanna', 'Anton', 'Gulnara', 'Hovhannes', 'Ivan', 'Kamila', 'Lusine', 'Mehriban', 'Nikita', 'Olena',
  'Rafael', 'Svetlana', 'Timur', 'Vasyl', 'Yaroslav', 'Zinaida', 'Armen', 'Dmytro', 'Elnur', 'Gohar', 'Ilya', 'Kateryna',
  'Lev', 'Mariam', 'Nazar', 'Olga', 'Rena', 'Sergiy', 'Tatev', 'Viktor', 'Yusif', 'Alina', 'Danylo', 'Emin', 'Hasmik',
  'Ihor',
];
export const SURNAMES = [
  'Kovalenko', 'Hakobyan', 'Mammadov', 'Petrenko', 'Grigoryan', 'Aliyeva', 'Shevchenko', 'Sargsyan', 'Huseynov',
  'Bondarenko', 'Harutyunyan', 'Ismayilov', 'Tkachenko', 'Avetisyan', 'Guliyev', 'Kravchenko', 'Karapetyan', 'Hasanov',
  'Oliynyk', 'Vardanyan', 'Rzayev', 'Marchenko', 'Mkrtchyan', 'Abbasov', 'Lysenko', 'Petrosyan', 'Jafarov', 'Savchenko',
  'Khachatryan', 'Karimov', 'Rudenko', 'Gevorgyan', 'Mustafayev', 'Moroz', 'Martirosyan', 'Quliyev', 'Melnyk',
  'Poghosyan', 'Suleymanov', 'Zinchenko', 'Manukyan', 'Ahmadov', 'Pavlenko', 'Asatryan', 'Valiyev', 'Boyko',
  'Simonyan', 'Nasirov', 'Klymenko', 'Danielyan', 'Babayev', 'Levchenko', 'Ghazaryan', 'Hajiyev', 'Kuzmenko',
  'Baghdasaryan', 'Orujov', 'Ponomarenko', 'Stepanyan', 'Safarov', 'Yakovenko', 'Sahakyan', 'Aghayev', 'Dovzhenko',
  'Arakelyan', 'Mehdiyev', 'Hrytsenko', 'Hovsepyan', 'Novruzov', 'Fedorenko', 'Movsisyan', 'Askerov', 'Prykhodko',
  'Margaryan', 'Veliyev', 'Sydorenko', 'Abrahamyan', 'Rahimov', 'Ostapenko', 'Galstyan', 'Zeynalov', 'Chornovol',
  'Melikyan', 'Gasimov', 'Hordiienko', 'Nazaryan', 'Tahirov', 'Kostenko', 'Ohanyan', 'Bagirov', 'Lytvyn', 'Ayvazyan',
  'Salimov', 'Romanenko', 'Torosyan', 'Yusifov', 'Antonenko', 'Mirzoyan', 'Shukurov', 'Voloshyn',
];

/** Nouns and modifiers for the scale packs' term phrases ("grain corridor", "border checkpoint"). */
export const MODIFIERS = ['border', 'grain', 'aid', 'energy', 'peace', 'supply', 'refugee', 'water', 'transit', 'rail'];
export const NOUNS = ['corridor', 'checkpoint', 'convoy', 'agreement', 'talks', 'route', 'mission', 'deadline', 'monitors', 'terminal'];

/** The i-th of the 10,000 actor names (first 100 cover every first name once). */
export function scaleName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Anna';
  const last = SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length] ?? 'Kovalenko';
  return `${first} ${last}`;
}

/** Number of distinct scale names. */
export const SCALE_NAMES = FIRST_NAMES.length * SURNAMES.length;

/** A small deterministic PRNG (mulberry32), so every run builds the same pages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element of a non-empty list. */
export function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
