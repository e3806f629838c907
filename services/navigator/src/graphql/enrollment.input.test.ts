import { DomainError, parseInput } from '@pdo/service-kit';
import { EnrollmentRequestInput } from './enrollment.input';

const request = {
  childId: '00000000-0000-4000-8000-000000000001',
  groupId: '00000000-0000-4000-8000-000000000002',
  idempotencyKey: null,
};

describe('EnrollmentRequestInput', () => {
  it('takes a request whose contract offer the parent accepted', () => {
    expect(parseInput(EnrollmentRequestInput.schema, { ...request, offerAccepted: true })).toMatchObject({ offerAccepted: true });
  });

  it.each([
    ['without the acceptance', undefined],
    ['with the acceptance left unticked', false],
    ['with the acceptance given as null', null],
  ])('refuses a request %s, naming the field in Russian', (_, offerAccepted) => {
    let error: unknown;
    try {
      parseInput(EnrollmentRequestInput.schema, { ...request, offerAccepted });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offerAccepted' });
    expect((error as DomainError).message).toBe(
      'Чтобы записать ребёнка, прочитайте договор-оферту и отметьте, что принимаете её условия.',
    );
  });
});
