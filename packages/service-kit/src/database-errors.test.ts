import { QueryFailedError } from 'typeorm';
import { isCheckViolation, isUniqueViolation } from './database-errors';

const driverError = (code: string, constraint?: string) => Object.assign(new Error('refused'), { code, constraint });

describe('database refusals', () => {
  it('reads the code and constraint whether TypeORM wrapped the driver error or not', () => {
    const wrapped = new QueryFailedError('INSERT', [], driverError('23505', 'users_login_uq'));
    for (const error of [wrapped, driverError('23505', 'users_login_uq')]) {
      expect(isUniqueViolation(error)).toBe(true);
      expect(isUniqueViolation(error, 'users_login_uq')).toBe(true);
      expect(isUniqueViolation(error, 'other_uq')).toBe(false);
      expect(isCheckViolation(error)).toBe(false);
    }
  });

  it('tells a CHECK refusal from a duplicate and ignores anything that is not a database refusal', () => {
    expect(isCheckViolation(driverError('23514', 'price_positive'), 'price_positive')).toBe(true);
    expect(isUniqueViolation(driverError('23514', 'price_positive'))).toBe(false);
    for (const other of [null, undefined, 'text', 42, new Error('network')]) {
      expect(isUniqueViolation(other)).toBe(false);
      expect(isCheckViolation(other)).toBe(false);
    }
  });
});
