// The catalogue's synonyms: words a parent may search for that mean the same direction or activity as
// the words a provider wrote. Only true synonyms: «шашки» are not «шахматы», «борьба» is not «карате».
// Maintained here; each group is searched as one meaning, so «рисование» finds the «Изостудия» that
// teaches «рисунок, живопись».

/** Each group: a word or phrase per way of naming one activity. Lower case, «е» for «ё». */
export const synonymGroups: readonly (readonly string[])[] = [
  ['рисование', 'рисунок', 'живопись', 'изо', 'изостудия', 'изобразительное искусство', 'изобразительная деятельность'],
  ['футбол', 'мини-футбол', 'минифутбол'],
  ['танцы', 'танец', 'хореография', 'хореографическая студия'],
  ['программирование', 'информатика', 'айти', 'it'],
  ['пение', 'вокал', 'вокальная студия', 'хор'],
  ['фортепиано', 'фортепьяно', 'пианино'],
  ['театр', 'театральная студия', 'актерское мастерство'],
  ['плавание', 'бассейн'],
  ['фотография', 'фотостудия', 'фото'],
  ['английский язык', 'английский', 'english'],
  ['подготовка к школе', 'дошкольная подготовка'],
  ['3d-моделирование', '3д-моделирование', 'трехмерное моделирование'],
  ['волонтерство', 'добровольчество'],
  ['киберспорт', 'компьютерный спорт'],
  ['туризм', 'походы'],
];

const normalize = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** The words of a query or a phrase, without the signs around them. */
const wordsOf = (text: string): string[] =>
  normalize(text)
    .split(/[\s,.;:!?«»"()]+/)
    .filter((word) => word !== '');

/** A Russian word without its ending, for matching its other forms («рисованием», «танцам», «хореографии»). */
const stemOf = (word: string): string =>
  word.replace(/(ями|ами|ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ие|ые|[аеиоуыэюяйь])$/, '');

/**
 * Whether a query word is a form of a synonym's word: the same word, or, for words long enough to have
 * a telling stem, the same stem with an ending of up to three letters. Short words («изо», «хор») must
 * match exactly, so «хорошо» is not «хор».
 */
function isFormOf(word: string, synonymWord: string): boolean {
  if (word === synonymWord) return true;
  const stem = stemOf(synonymWord);
  return stem.length >= 4 && word.startsWith(stem) && word.length - stem.length <= 3;
}

/** Where the phrase occurs in the words, word by word: the index of its first word, or -1. */
function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((synonymWord, i) => isFormOf(words[start + i] as string, synonymWord))) return start;
  }
  return -1;
}

/** At most this many other readings of one query, so a long query stays one cheap index lookup. */
export const MAX_SYNONYM_READINGS = 12;

/**
 * The query said in other words: for each synonym group a query mentions, the query with that mention
 * replaced by each other member of the group, first groups first, without repeats or the query itself.
 * The search finds a program matching the query or any of these.
 */
export function synonymReadings(query: string): string[] {
  const words = wordsOf(query);
  const readings: string[] = [];
  for (const group of synonymGroups) {
    const phrases = group.map(wordsOf);
    const found = phrases
      .map((phrase) => ({ phrase, at: findPhrase(words, phrase) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => b.phrase.length - a.phrase.length)[0];
    if (!found) continue;
    for (const phrase of phrases) {
      if (phrase === found.phrase) continue;
      readings.push([...words.slice(0, found.at), ...phrase, ...words.slice(found.at + found.phrase.length)].join(' '));
    }
  }
  const original = words.join(' ');
  return [...new Set(readings)].filter((reading) => reading !== original).slice(0, MAX_SYNONYM_READINGS);
}
