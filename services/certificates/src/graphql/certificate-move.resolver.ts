import { parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { decideCertificateMove, type MoveRequest, pendingMoveRequests } from '../operations/certificate-move.operations';
import { moveRequestIdSchema, refuseMoveSchema } from './certificate.input';
import { CertificateMoveRequest } from './certificate-move.type';

export const toMoveRequest = (row: MoveRequest): CertificateMoveRequest => ({
  ...row,
  requestedAt: row.requestedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

@Resolver(() => CertificateMoveRequest)
export class CertificateMoveResolver {
  @Authorized('operator')
  @Query(() => [CertificateMoveRequest], {
    description: 'Заявления о переводе сертификатов в свой муниципалитет, ждущие решения',
  })
  async certificateMoveRequests(@Ctx() { dataSource, viewer }: RequestContext): Promise<CertificateMoveRequest[]> {
    return (await pendingMoveRequests(dataSource, viewer)).map(toMoveRequest);
  }

  @Authorized('operator')
  @Mutation(() => CertificateMoveRequest, {
    description:
      'Подтвердить перевод сертификата в свой муниципалитет: номер сохраняется, средства и списания — со следующего месяца',
  })
  async confirmCertificateMove(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateMoveRequest> {
    const id = parseInput(moveRequestIdSchema, requestId);
    return toMoveRequest(await decideCertificateMove(dataSource, viewer, id, 'confirmed', null));
  }

  @Authorized('operator')
  @Mutation(() => CertificateMoveRequest, { description: 'Отказать в переводе сертификата (причина обязательна)' })
  async refuseCertificateMove(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateMoveRequest> {
    const parsed = parseInput(refuseMoveSchema, { requestId, reason });
    return toMoveRequest(await decideCertificateMove(dataSource, viewer, parsed.requestId, 'refused', parsed.reason));
  }
}
