import fc from 'fast-check';
import { cyrillicLayoutToLatin, latinLayoutToCyrillic, latinToCyrillic, spellingAlternatives } from './query-spelling.rules';

const qwerty = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const jcuken = 'йцукенгшщзхъфывапролджэячсмитьбюё';

describe('wrong keyboard layout', () => {
  it.each([
    ['if[vfns', 'шахматы'],
    ['hj,jnjnt[ybrf', 'робототехника'],
    ['ghjuhfvvbhjdfybt', 'программирование'],
    ['nfyws', 'танцы'],
    ['rfhfnt', 'карате'],
    ['[jhtjuhfabz', 'хореография'],
    ['`krf', 'ёлка'],
    ['vepsrf lkz ltntq', 'музыка для детей'],
    ['k.,jq', 'любой'],
  ])('«%s» typed in QWERTY is «%s»', (typed, meant) => {
    expect(latinLayoutToCyrillic(typed)).toBe(meant);
  });

  it('shifted keys and Caps Lock give the same letters, in capitals', () => {
    expect(latinLayoutToCyrillic('IF[VFNS').toLowerCase()).toBe('шахматы');
    expect(latinLayoutToCyrillic('If{vfns')).toBe('ШаХматы');
    expect(latinLayoutToCyrillic('{J:"<>~')).toBe('ХОЖЭБЮЁ');
  });

  it.each([
    ['ыскфеср', 'scratch'],
    ['дупщ', 'lego'],
    ['знерщт', 'python'],
    ['ЫСКФЕСР', 'SCRATCH'],
    ['хъжэбюё', "[];',.`"],
  ])('«%s» typed in ЙЦУКЕН is «%s»', (typed, meant) => {
    expect(cyrillicLayoutToLatin(typed)).toBe(meant);
  });

  it('changes only the words typed in the other script; digits, dashes and spacing stay', () => {
    expect(latinLayoutToCyrillic('шахматы 7-10 ktn')).toBe('шахматы 7-10 лет');
    expect(cyrillicLayoutToLatin('шахматы lego')).toBe('if[vfns lego');
    expect(latinLayoutToCyrillic('  if[vfns   rke,  ')).toBe('  шахматы   клуб  ');
    expect(latinLayoutToCyrillic('шахмfns')).toBe('шахмfns');
  });

  it('the two layouts undo each other on every key', () => {
    const key = fc.constantFrom(...qwerty);
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 20 }), (keys) => {
        const typed = keys.join('');
        fc.pre(/[a-z]/.test(typed));
        expect(cyrillicLayoutToLatin(latinLayoutToCyrillic(typed))).toBe(typed);
      }),
    );
    expect([...qwerty].map((k) => latinLayoutToCyrillic(`a${k}`).slice(1)).join('')).toBe(jcuken);
  });
});

describe('Latin transliteration', () => {
  it.each([
    ['robototehnika', 'робототехника'],
    ['robototekhnika', 'робототехника'],
    ['shakhmaty', 'шахматы'],
    ['shahmaty', 'шахматы'],
    ['shchuka', 'щука'],
    ['schuka', 'щука'],
    ['zhivopis', 'живопис'],
    ["zhivopis'", 'живопись'],
    ['khoreografiya', 'хореография'],
    ['horeografija', 'хореография'],
    ['izostudiya', 'изостудия'],
    ['plavanie', 'плавание'],
    ['programmirovanie', 'программирование'],
    ['chtenie', 'чтение'],
    ['yunyy tekhnik', 'юный техник'],
    ['yunyj tehnik', 'юный техник'],
    ['lyubov', 'любов'],
    ['ljubov', 'любов'],
    ['yolka', 'йолка'],
    ['yoga', 'йога'],
    ['myod', 'мёд'],
    ['mjod', 'мёд'],
    ['ekologiya', 'экология'],
    ["e'strada", 'эстрада'],
    ['yeralash', 'ералаш'],
    ["pod''ezd", 'подъезд'],
    ['novye', 'новые'],
    ['detey', 'детей'],
    ['muzey', 'музей'],
    ['russkiy', 'русский'],
    ['boks', 'бокс'],
    ['box', 'бокс'],
    ['wushu', 'вушу'],
    ['tsirk', 'цирк'],
    ['tsvety', 'цветы'],
    ['tancy', 'танцы'],
    ['ROBOTOTEHNIKA', 'робототехника'],
    ['mini-futbol', 'мини-футбол'],
    ["vokal'naya studiya", 'вокальная студия'],
  ])('«%s» is «%s»', (typed, meant) => {
    expect(latinToCyrillic(typed)[0]).toBe(meant);
  });

  it('«ts» may be one letter or two: «ц» is read first, «тс» second', () => {
    expect(latinToCyrillic('tantsy')).toEqual(['танцы', 'тантсы']);
    expect(latinToCyrillic('detskiy sad')).toEqual(['децкий сад', 'детский сад']);
    expect(latinToCyrillic('tsirk')).toEqual(['цирк', 'тсирк']);
    expect(latinToCyrillic('shakhmaty')).toEqual(['шахматы']);
  });

  it('leaves Cyrillic words, numbers and words with other signs as typed', () => {
    expect(latinToCyrillic('шахматы dlya detey 7 let')).toEqual(['шахматы для детей 7 лет']);
    expect(latinToCyrillic('if[vfns')).toEqual(['if[vfns']);
    expect(latinToCyrillic('шахматы')).toEqual(['шахматы']);
  });

  it('always yields Cyrillic letters for Latin ones, never dropping a word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z']{1,12}$/), { minLength: 1, maxLength: 4 }), (words) => {
        for (const reading of latinToCyrillic(words.join(' '))) {
          expect(reading).not.toMatch(/[a-z]/i);
          expect(reading.split(' ')).toHaveLength(words.length);
        }
      }),
    );
  });
});

describe('what to try when the query finds nothing', () => {
  it('the other layout first, then the transliteration, never the query itself or a repeat', () => {
    expect(spellingAlternatives('if[vfns')).toEqual(['шахматы']);
    expect(spellingAlternatives('shakhmaty')).toEqual(['ырфлрьфен', 'шахматы']);
    expect(spellingAlternatives('tantsy')).toEqual(['ефтеын', 'танцы', 'тантсы']);
    expect(spellingAlternatives('ыскфеср')).toEqual(['scratch']);
    expect(spellingAlternatives('  if[vfns  ')).toEqual(['шахматы']);
  });

  it('nothing for an empty query or one with no letters to convert', () => {
    expect(spellingAlternatives('')).toEqual([]);
    expect(spellingAlternatives('   ')).toEqual([]);
    expect(spellingAlternatives('2024')).toEqual([]);
  });

  it('a Russian query also gets its Latin-layout reading, for programs with Latin names', () => {
    expect(spellingAlternatives('дупщ')).toEqual(['lego']);
    expect(spellingAlternatives('шахматы')).toEqual(['if[vfns']);
  });

  it('never returns the query, an empty string or the same reading twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.stringMatching(/^[a-zA-Zа-яёА-ЯЁ[\]; ',.`-]{0,20}$/), (any, lettered) => {
        for (const query of [any, lettered]) {
          const alternatives = spellingAlternatives(query);
          expect(alternatives).not.toContain(query.trim());
          expect(alternatives.every((a) => a.trim() !== '')).toBe(true);
          expect(new Set(alternatives).size).toBe(alternatives.length);
        }
      }),
    );
  });
});
