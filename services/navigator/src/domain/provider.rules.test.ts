import { checkTaxIds, providerTypes } from './provider.rules';

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('checkTaxIds', () => {
  it.each(providerTypes.filter((t) => t !== 'entrepreneur'))(
    'a %s organization needs a 10-digit ИНН and a 13-digit ОГРН',
    (type) => {
      expect(codeOf(() => checkTaxIds(type, '7707083893', '1027700132195'))).toBeNull();
      expect(codeOf(() => checkTaxIds(type, '500100732259', '1027700132195'))).toBe('INVALID_INN');
      expect(codeOf(() => checkTaxIds(type, '7707083893', '304500116000157'))).toBe('INVALID_OGRN');
    },
  );

  it('an entrepreneur needs a 12-digit ИНН and a 15-digit ОГРНИП', () => {
    expect(codeOf(() => checkTaxIds('entrepreneur', '500100732259', '304500116000157'))).toBeNull();
    expect(codeOf(() => checkTaxIds('entrepreneur', '7707083893', '304500116000157'))).toBe('INVALID_INN');
    expect(codeOf(() => checkTaxIds('entrepreneur', '500100732259', '1027700132195'))).toBe('INVALID_OGRN');
  });

  it('explains in Russian which number is wrong', () => {
    expect(() => checkTaxIds('municipal', '7707083894', '1027700132195')).toThrow('ИНН организации — это 10 цифр');
    expect(() => checkTaxIds('entrepreneur', '500100732259', '304500116000158')).toThrow('ОГРНИП — это 15 цифр');
  });
});
