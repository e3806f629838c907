import fc from 'fast-check';
import { MAX_SYNONYM_READINGS, synonymGroups, synonymReadings } from './search-synonyms.rules';

describe('catalogue synonyms', () => {
  it('«рисование» is also searched as drawing, painting and the art studio', () => {
    expect(synonymReadings('рисование')).toEqual([
      'рисунок',
      'живопись',
      'изо',
      'изостудия',
      'изобразительное искусство',
      'изобразительная деятельность',
    ]);
  });

  it.each([
    ['футбол', ['мини-футбол', 'минифутбол']],
    ['мини-футбол', ['футбол', 'минифутбол']],
    ['танцы', ['танец', 'хореография', 'хореографическая студия']],
    ['хореография', ['танцы', 'танец', 'хореографическая студия']],
    ['программирование', ['информатика', 'айти', 'it']],
    ['IT', ['программирование', 'информатика', 'айти']],
    ['пение', ['вокал', 'вокальная студия', 'хор']],
    ['хор', ['пение', 'вокал', 'вокальная студия']],
    ['пианино', ['фортепиано', 'фортепьяно']],
  ])('«%s» is also searched as %j', (query, readings) => {
    expect(synonymReadings(query)).toEqual(readings);
  });

  it('finds the other forms of a word and keeps the rest of the query', () => {
    expect(synonymReadings('кружок рисования для детей')).toContain('кружок живопись для детей');
    expect(synonymReadings('Рисованием')).toContain('изостудия');
    expect(synonymReadings('занятия хореографией')).toContain('занятия танцы');
    expect(synonymReadings('актёрское мастерство')).toEqual(['театр', 'театральная студия']);
    expect(synonymReadings('ИЗО')).toContain('рисование');
  });

  it('a phrase is found whole, and wins over its own words', () => {
    expect(synonymReadings('вокальная студия')).toEqual(['пение', 'вокал', 'хор']);
    expect(synonymReadings('изобразительное искусство')).toContain('рисование');
    expect(synonymReadings('изобразительное искусство')).not.toContain('изобразительное искусство');
  });

  it('each group the query mentions is expanded on its own', () => {
    const readings = synonymReadings('танцы и пение');
    expect(readings).toContain('хореография и пение');
    expect(readings).toContain('танцы и вокал');
  });

  it('nothing for words with no synonyms, short look-alikes or near words', () => {
    expect(synonymReadings('шахматы')).toEqual([]);
    expect(synonymReadings('шашки')).toEqual([]);
    expect(synonymReadings('хорошо')).toEqual([]);
    expect(synonymReadings('изостудия')).not.toEqual([]);
    expect(synonymReadings('фотосинтез')).toEqual([]);
    expect(synonymReadings('')).toEqual([]);
    expect(synonymReadings('   ')).toEqual([]);
  });

  it('the list is well kept: lower case, «е» for «ё», no word in two groups', () => {
    const all = synonymGroups.flat();
    for (const word of all) expect(word).toBe(word.toLowerCase().replace(/ё/g, 'е'));
    expect(new Set(all).size).toBe(all.length);
    for (const group of synonymGroups) expect(group.length).toBeGreaterThan(1);
  });

  it('every member of a group finds every other member, both ways', () => {
    for (const group of synonymGroups) {
      for (const word of group) {
        const readings = synonymReadings(word);
        for (const other of group) if (other !== word) expect(readings).toContain(other);
      }
    }
  });

  it('never more than the cap, never the query itself, never a repeat', () => {
    const word = fc.constantFrom(...synonymGroups.flat(), 'для', 'детей', 'кружок', 'студия', 'шахматы');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const query = words.join(' ');
        const readings = synonymReadings(query);
        expect(readings.length).toBeLessThanOrEqual(MAX_SYNONYM_READINGS);
        expect(readings).not.toContain(query);
        expect(new Set(readings).size).toBe(readings.length);
      }),
    );
  });
});
