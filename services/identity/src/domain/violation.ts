import { DomainError } from '@pdo/service-kit/domain';

/** One broken rule: the input field it concerns, a Russian message for the parent, and a stable code. */
export interface Violation {
  field: string;
  message: string;
  code: 'BAD_USER_INPUT' | 'SCAN_TYPE_NOT_ALLOWED' | 'SCAN_TOO_LARGE';
}

export const violation = (field: string, message: string, code: Violation['code'] = 'BAD_USER_INPUT'): Violation => ({
  field,
  message,
  code,
});

export const violationError = (broken: Violation) => new DomainError(broken.code, broken.message, { field: broken.field });

/** The first broken rule as the error the parent sees, naming the field. */
export function rejectViolations(violations: readonly Violation[]): void {
  if (violations.length > 0) throw violationError(violations[0]);
}
