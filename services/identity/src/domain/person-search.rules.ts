import { violation, type Violation } from './violation';

export const MAX_QUERY_LENGTH = 100;
export const MAX_SEARCH_TERMS = 4;
export const SEARCH_LIMIT = 50;

/**
 * The way names are compared: lower case, «ё» as «е». The database keeps names in the same form
 * (the generated `search_name` columns), so both sides must change together.
 */
export const normalizeName = (text: string): string => text.toLowerCase().replaceAll('ё', 'е');

/**
 * Words of a staff search, each to match the start of a word of the name (or, with a typo, most of it).
 * Logins and e-mails keep their @ . _ -; everything else that is not a letter or a digit separates words.
 */
export function searchTerms(query: string): string[] | Violation {
  if (query.length > MAX_QUERY_LENGTH) {
    return violation('query', `Слишком длинный запрос (не более ${MAX_QUERY_LENGTH} символов).`);
  }
  const terms = normalizeName(query)
    .split(/[^\p{L}\p{N}@._-]+/u)
    .map((term) => term.replace(/^[@._-]+|[@._-]+$/g, ''))
    .filter((term) => term !== '');
  if (!terms.some((term) => term.length >= 2)) {
    return violation('query', 'Введите хотя бы две буквы фамилии, имени или отчества.');
  }
  if (terms.length > MAX_SEARCH_TERMS) {
    return violation('query', `Введите не больше ${MAX_SEARCH_TERMS} слов: фамилию, имя и отчество.`);
  }
  return terms;
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** LIKE patterns of a term, its wildcards taken literally: anywhere in the name, and at the start of a word of it. */
export const likePatterns = (term: string): { anywhere: string; wordStart: string } => ({
  anywhere: `%${escapeLike(term)}%`,
  wordStart: `% ${escapeLike(term)}%`,
});
