import { MAX_QUERY_LENGTH, normalizeName, searchTerms, likePatterns } from './person-search.rules';

describe('staff search terms', () => {
  it('compares names in lower case with «ё» as «е»', () => {
    expect(normalizeName('ЁЖИКОВ Пётр')).toBe('ежиков петр');
  });

  it('splits a query into normalized words, keeping what logins and e-mails are made of', () => {
    expect(searchTerms('  Сидорова,  ЕЛЕНА  ')).toEqual(['сидорова', 'елена']);
    expect(searchTerms('Ёлкин-Палкин')).toEqual(['елкин-палкин']);
    expect(searchTerms('Sidorova@Mail.ru')).toEqual(['sidorova@mail.ru']);
    expect(searchTerms('ivanova_m.')).toEqual(['ivanova_m']);
    expect(searchTerms('"Петров" (Илья)')).toEqual(['петров', 'илья']);
    expect(searchTerms('Петров И')).toEqual(['петров', 'и']);
  });

  it('refuses queries too short, too long or with too many words, naming the field', () => {
    for (const query of ['', '   ', 'И', '%', '-- __', 'а б в']) {
      expect(searchTerms(query)).toMatchObject({ field: 'query', code: 'BAD_USER_INPUT' });
    }
    expect(searchTerms('я'.repeat(MAX_QUERY_LENGTH))).toEqual(['я'.repeat(MAX_QUERY_LENGTH)]);
    expect(searchTerms('я'.repeat(MAX_QUERY_LENGTH + 1))).toMatchObject({ field: 'query' });
    expect(searchTerms('Иванова Мария Ивановна Петровна Сидорова')).toMatchObject({ field: 'query' });
  });

  it('matches LIKE wildcards literally', () => {
    expect(likePatterns('ivanova_m')).toEqual({ anywhere: '%ivanova\\_m%', wordStart: '% ivanova\\_m%' });
    expect(likePatterns('a%b\\c').wordStart).toBe('% a\\%b\\\\c%');
  });
});
