import { DomainError, forbidden, hasRole, isUniqueViolation, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { assertReviewerFor, isReviewerFor } from '../domain/access.rules';
import type { ProviderStatus } from '../domain/provider.rules';
import { ProviderEntity } from '../entities/provider.entity';

/** What an applicant or a reviewer writes of a provider (validated by the caller). */
export type ProviderFields = Omit<ProviderEntity, 'id' | 'status' | 'approvedBy' | 'approvedAt' | 'createdAt'>;

export const providerById = (dataSource: DataSource, id: string) => dataSource.getRepository(ProviderEntity).findOneBy({ id });

/** An approved provider for anyone; an application only for its reviewers. */
export async function visibleProvider(dataSource: DataSource, viewer: Viewer, id: string): Promise<ProviderEntity | null> {
  const provider = await providerById(dataSource, id);
  if (!provider) return null;
  return provider.status === 'approved' || isReviewerFor(viewer, provider.municipalityCode) ? provider : null;
}

/** Applications waiting for a review: the operator's municipality, or everywhere for the regional admin. */
export function providerApplications(dataSource: DataSource, viewer: Viewer): Promise<ProviderEntity[]> {
  const everywhere = hasRole(viewer, 'regional_admin');
  if (!everywhere && !viewer.municipalityCode) throw forbidden();
  return dataSource.getRepository(ProviderEntity).find({
    where: everywhere ? { status: 'pending' } : { status: 'pending', municipalityCode: viewer.municipalityCode ?? undefined },
    order: { createdAt: 'ASC' },
  });
}

/** A new provider: approved at once when a reviewer registers it, pending when it applies itself. */
export async function registerProvider(
  dataSource: DataSource,
  fields: ProviderFields,
  approver: Viewer | null,
): Promise<ProviderEntity> {
  const status: ProviderStatus = approver ? 'approved' : 'pending';
  try {
    return await dataSource.getRepository(ProviderEntity).save({
      ...fields,
      status,
      approvedBy: approver?.userId ?? null,
      approvedAt: approver ? new Date() : null,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('PROVIDER_ALREADY_REGISTERED', 'Поставщик с таким ИНН уже зарегистрирован в навигаторе.', {
        field: 'inn',
      });
    }
    throw error;
  }
}

export function approveProvider(dataSource: DataSource, viewer: Viewer, providerId: string): Promise<ProviderEntity> {
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(ProviderEntity);
    const entity = await repository.findOne({ where: { id: providerId }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw notFound('Поставщик не найден.');
    assertReviewerFor(viewer, entity.municipalityCode);
    if (entity.status === 'approved') throw new DomainError('PROVIDER_ALREADY_APPROVED', 'Этот поставщик уже допущен.');
    return repository.save({ ...entity, status: 'approved', approvedBy: viewer.userId, approvedAt: new Date() });
  });
}
