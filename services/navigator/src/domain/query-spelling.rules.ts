// What a search query may have meant when it was typed in the wrong keyboard layout or in Latin letters:
// the catalogue is Russian, so «if[vfns» (ЙЦУКЕН keys pressed in QWERTY) and «shakhmaty» both mean «шахматы»,
// and «ысфкуеср» (QWERTY keys pressed in ЙЦУКЕН) means «scratch».

const qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const jcuken = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const qwertyShifted = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~';
const jcukenShifted = 'ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ';

const zip = (from: string, to: string): Map<string, string> => new Map([...from].map((key, i) => [key, to[i] as string]));

const toCyrillicKeys = new Map([...zip(qwerty, jcuken), ...zip(qwertyShifted, jcukenShifted)]);
// Unshifted Latin capitals are the same keys as their lower case: «IF[VFNS» typed with Caps Lock.
for (const key of 'QWERTYUIOPASDFGHJKLZXCVBNM') toCyrillicKeys.set(key, jcukenShifted[qwertyShifted.indexOf(key)] as string);
const toLatinKeys = new Map([...zip(jcuken, qwerty), ...zip(jcukenShifted, qwertyShifted)]);

const hasLatin = (word: string) => /[a-z]/i.test(word);
const hasCyrillic = (word: string) => /[а-яё]/i.test(word);

/** The query with every word typed in Latin layout re-read as the Russian keys at the same places. */
export function latinLayoutToCyrillic(query: string): string {
  return query.replace(/\S+/g, (word) =>
    hasLatin(word) && !hasCyrillic(word) ? [...word].map((c) => toCyrillicKeys.get(c) ?? c).join('') : word,
  );
}

/** The query with every word typed in Russian layout re-read as the Latin keys at the same places. */
export function cyrillicLayoutToLatin(query: string): string {
  return query.replace(/\S+/g, (word) =>
    hasCyrillic(word) && !hasLatin(word) ? [...word].map((c) => toLatinKeys.get(c) ?? c).join('') : word,
  );
}

const vowels = new Set('аеёиоуыэюя');

/** Latin letter groups in the order they are tried: longest first, so «shch» is not read as «ш» + «ч». */
const latinGroups: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['yo', 'ё'],
  ['jo', 'ё'],
  ['ye', 'е'],
  ['je', 'е'],
  ["e'", 'э'],
  ["''", 'ъ'],
  ["'", 'ь'],
  ['x', 'кс'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['z', 'з'],
];

/**
 * One word in Latin letters read as Russian. «y» is «й» after a vowel («muzey», «detey») and «ы» elsewhere
 * («shahmaty»); «ye» is «е» only where «е» sounds «йе», at the start or after a vowel, so «novye» is «новые».
 * With `tsIsOneLetter` false, «ts» is read «тс».
 */
function transliterateWord(word: string, tsIsOneLetter: boolean): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length;) {
    const last = out.at(-1);
    const afterVowelOrStart = last === undefined || vowels.has(last);
    const group = latinGroups.find(
      ([latin]) =>
        lower.startsWith(latin, i) &&
        (latin !== 'ts' || tsIsOneLetter) &&
        ((latin !== 'ye' && latin !== 'je') || afterVowelOrStart),
    );
    if (!group && lower[i] === 'y') {
      out += afterVowelOrStart ? 'й' : 'ы';
      i += 1;
    } else if (group) {
      out += group[1];
      i += group[0].length;
    } else {
      out += lower[i];
      i += 1;
    }
  }
  // At the start of a word «e» is mostly «э» («ekologiya»: «е» there is written «ye»), and «yo» is «йо» («yoga»).
  if (lower.startsWith('e')) return `э${out.slice(1)}`;
  if (lower.startsWith('yo')) return `йо${out.slice(1)}`;
  return out;
}

/**
 * The query with every Latin word transliterated to Cyrillic, as people write Russian in Latin letters
 * («robototehnika», «shakhmaty», «shahmaty», «vokal'naya studiya»); a word with other signs is left as
 * typed, being no transliteration. Where «ts» may be «тс» («detskiy» is
 * «детский», «tantsy» is «танцы») both readings are given, «ц» first.
 */
export function latinToCyrillic(query: string): string[] {
  const read = (tsIsOneLetter: boolean) =>
    query.replace(/\S+/g, (word) => (/^[a-z'-]+$/i.test(word) ? transliterateWord(word, tsIsOneLetter) : word));
  return [...new Set([read(true), read(false)])];
}

/**
 * What to search for when the query as typed finds nothing, most likely first and without repeats or the
 * query itself: the other keyboard layout, then the transliteration.
 */
export function spellingAlternatives(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const candidates = [
    latinLayoutToCyrillic(trimmed),
    ...(hasLatin(trimmed) ? latinToCyrillic(trimmed) : []),
    cyrillicLayoutToLatin(trimmed),
  ];
  return [...new Set(candidates)].filter((candidate) => candidate !== trimmed && candidate.trim() !== '');
}
