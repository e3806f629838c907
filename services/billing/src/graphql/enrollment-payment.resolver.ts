import { parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { enrollmentPayment } from '../operations/enrollment-payment.operations';
import { EnrollmentPayment } from './enrollment-payment.type';

const enrollmentIdSchema = z.uuid('Неверный идентификатор записи.');

/** A query rather than a field of navigator's Enrollment, which is not a federated entity. */
@Resolver(() => EnrollmentPayment)
export class EnrollmentPaymentResolver {
  @Authorized()
  @Query(() => EnrollmentPayment, {
    nullable: true,
    description: 'Оплата по записи: резерв сертификата и помесячные списания; пусто, пока заявка не дошла до расчётов',
  })
  async enrollmentPayment(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<EnrollmentPayment | null> {
    const id = parseInput(enrollmentIdSchema, enrollmentId);
    return enrollmentPayment(dataSource, viewer, id);
  }
}
