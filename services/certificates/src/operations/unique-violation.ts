import { QueryFailedError } from 'typeorm';

/** The database refused a duplicate through the named unique constraint or index. */
export const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (error.driverError as { constraint?: string }).constraint === constraint;
