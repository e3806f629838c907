import { Kind } from 'graphql';
import { KopecksScalar } from './kopecks.scalar';

describe('Kopecks scalar', () => {
  it('passes integer kopecks through, including bigint columns read as strings', () => {
    expect(KopecksScalar.serialize(150000)).toBe(150000);
    expect(KopecksScalar.serialize('1160900')).toBe(1160900);
    expect(KopecksScalar.parseValue(0)).toBe(0);
    expect(KopecksScalar.parseLiteral({ kind: Kind.INT, value: '99' })).toBe(99);
  });

  it.each([1.5, '1.5', 'abc', Number.MAX_SAFE_INTEGER + 2, null, true])('rejects %p with BAD_USER_INPUT', (bad) => {
    expect(() => KopecksScalar.parseValue(bad)).toThrow('целым числом копеек');
  });

  it('rejects a float literal', () => {
    expect(() => KopecksScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow();
  });
});
