/** Who a certificate event names: the applicant (a parent, or the child of 14+) and the child's parents. */
export interface NamedPeople {
  applicantUserId?: string;
  parentUserIds?: readonly string[];
}

/**
 * Whose «Мои уведомления» show a letter about a child: the applicant and every parent, once each. Events
 * recorded before they named the parents fall back to the parents known from identity's child events.
 */
export function notificationOwners({ applicantUserId, parentUserIds }: NamedPeople, knownParents: readonly string[]): string[] {
  const owners = [...(applicantUserId ? [applicantUserId] : []), ...(parentUserIds ?? knownParents)];
  return [...new Set(owners)];
}
