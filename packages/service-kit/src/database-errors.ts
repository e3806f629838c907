/** What PostgreSQL says when it refuses a write; TypeORM wraps it in `driverError` or copies it onto the error. */
interface DriverError {
  code?: string;
  constraint?: string;
}

const driverErrorOf = (error: unknown): DriverError | null => {
  if (typeof error !== 'object' || error === null) return null;
  return (error as { driverError?: DriverError }).driverError ?? (error as DriverError);
};

const refusedBy = (code: string) => (error: unknown, constraint?: string) => {
  const driverError = driverErrorOf(error);
  return driverError?.code === code && (constraint === undefined || driverError.constraint === constraint);
};

/** The database refused a duplicate, through the named unique constraint or index if one is given. */
export const isUniqueViolation = refusedBy('23505');

/** The database refused a value through the named CHECK constraint, if one is given. */
export const isCheckViolation = refusedBy('23514');
