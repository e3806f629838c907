import { notificationOwners } from './notification-owners';

const applicant = 'a0000000-0000-4000-8000-000000000001';
const otherParent = 'a0000000-0000-4000-8000-000000000002';
const childOf14 = 'a0000000-0000-4000-8000-000000000003';

describe('notificationOwners', () => {
  it('is the applicant and every parent the event names, each once', () => {
    expect(notificationOwners({ applicantUserId: applicant, parentUserIds: [applicant, otherParent] }, [])).toEqual([
      applicant,
      otherParent,
    ]);
  });

  it('includes a child of 14+ who applied alongside the parents', () => {
    expect(notificationOwners({ applicantUserId: childOf14, parentUserIds: [applicant, otherParent] }, [])).toEqual([
      childOf14,
      applicant,
      otherParent,
    ]);
  });

  it('takes the parents known from identity when the event names none', () => {
    expect(notificationOwners({ applicantUserId: applicant }, [applicant, otherParent])).toEqual([applicant, otherParent]);
    expect(notificationOwners({}, [otherParent])).toEqual([otherParent]);
  });

  it('prefers the parents the event names over older knowledge, even none', () => {
    expect(notificationOwners({ applicantUserId: applicant, parentUserIds: [] }, [otherParent])).toEqual([applicant]);
  });
});
