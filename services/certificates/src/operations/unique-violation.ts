import { QueryFailedError } from 'typeorm';

/** The database refused a duplicate through the named unique constraint or index. */
export const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (error.driverError as { constraint?: string }).constraint === constraint;

/** The database refused a value through the named CHECK constraint. */
export const isCheckViolation = (error: unknown, constraint: string) =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; constraint?: string }).code === '23514' &&
  (error.driverError as { constraint?: string }).constraint === constraint;
