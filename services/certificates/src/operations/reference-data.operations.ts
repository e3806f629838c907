import { DomainError, forbidden, isUniqueViolation, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { ActivatingInstitutionEntity } from '../entities/activating-institution.entity';
import { CertificateGroupEntity } from '../entities/certificate-group.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import {
  ReferenceDataChangeEntity,
  type ReferenceDataAction,
  type ReferenceDataSubject,
} from '../entities/reference-data-change.entity';
import { SupportCentreEntity } from '../entities/support-centre.entity';

const INSTITUTION_NAME_INDEX = 'activating_institutions_name_uq';
const GROUP_NAME_CONSTRAINT = 'certificate_groups_municipality_code_name_key';

export interface SupportCentreTerms {
  municipalityCode: string;
  name: string;
  address: string;
  phone: string;
}

export interface InstitutionTerms {
  name: string;
  address: string;
  phone: string | null;
  acceptsApplications: boolean;
}

/** The regional admin's user id, the author every change is recorded under. */
function editor(viewer: Viewer): string {
  if (!viewer.userId || viewer.viaApiKey || !viewer.roles.includes('regional_admin')) {
    throw forbidden('Справочники муниципалитетов ведёт региональный администратор.');
  }
  return viewer.userId;
}

async function assertMunicipality(manager: EntityManager, code: string): Promise<void> {
  if (!(await manager.getRepository(MunicipalityEntity).existsBy({ code }))) throw notFound('Муниципалитет не найден.');
}

async function recordChange(
  manager: EntityManager,
  change: {
    subject: ReferenceDataSubject;
    subjectId: string;
    municipalityCode: string;
    action: ReferenceDataAction;
    oldValues: object | null;
    newValues: object | null;
    changedBy: string;
  },
): Promise<void> {
  await manager.getRepository(ReferenceDataChangeEntity).insert(change);
}

const institutionAlreadyListed = () =>
  new DomainError('INSTITUTION_ALREADY_LISTED', 'Учреждение с таким названием уже есть в списке муниципалитета.');

const institutionValues = ({ name, address, phone, acceptsApplications }: InstitutionTerms) => ({
  name,
  address,
  phone,
  acceptsApplications,
});

/** Rewrites a unique violation of the named constraint as the domain's error; anything else passes through. */
async function refusingDuplicates<T>(constraint: string, duplicate: () => DomainError, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUniqueViolation(error, constraint) ? duplicate() : error;
  }
}

export function updateSupportCentre(dataSource: DataSource, viewer: Viewer, terms: SupportCentreTerms) {
  const changedBy = editor(viewer);
  return dataSource.transaction(async (manager) => {
    await assertMunicipality(manager, terms.municipalityCode);
    const repository = manager.getRepository(SupportCentreEntity);
    const old = await repository.findOne({
      where: { municipalityCode: terms.municipalityCode },
      lock: { mode: 'pessimistic_write' },
    });
    const values = { name: terms.name, address: terms.address, phone: terms.phone };
    await repository.upsert(
      { municipalityCode: terms.municipalityCode, ...values, updatedBy: changedBy, updatedAt: new Date() },
      ['municipalityCode'],
    );
    await recordChange(manager, {
      subject: 'support_centre',
      subjectId: terms.municipalityCode,
      municipalityCode: terms.municipalityCode,
      action: old ? 'updated' : 'created',
      oldValues: old ? { name: old.name, address: old.address, phone: old.phone } : null,
      newValues: values,
      changedBy,
    });
    return repository.findOneByOrFail({ municipalityCode: terms.municipalityCode });
  });
}

export function addActivatingInstitution(
  dataSource: DataSource,
  viewer: Viewer,
  terms: InstitutionTerms & { municipalityCode: string },
) {
  const changedBy = editor(viewer);
  return refusingDuplicates(INSTITUTION_NAME_INDEX, institutionAlreadyListed, () =>
    dataSource.transaction(async (manager) => {
      await assertMunicipality(manager, terms.municipalityCode);
      const repository = manager.getRepository(ActivatingInstitutionEntity);
      const values = institutionValues(terms);
      const { identifiers } = await repository.insert({
        municipalityCode: terms.municipalityCode,
        ...values,
        updatedBy: changedBy,
        updatedAt: new Date(),
      });
      const id = (identifiers[0] as { id: string }).id;
      await recordChange(manager, {
        subject: 'activating_institution',
        subjectId: id,
        municipalityCode: terms.municipalityCode,
        action: 'created',
        oldValues: null,
        newValues: values,
        changedBy,
      });
      return repository.findOneByOrFail({ id });
    }),
  );
}

async function lockInstitution(manager: EntityManager, id: string): Promise<ActivatingInstitutionEntity> {
  const institution = await manager
    .getRepository(ActivatingInstitutionEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!institution) throw notFound('Учреждение не найдено: возможно, его уже удалили из списка.');
  return institution;
}

export function updateActivatingInstitution(dataSource: DataSource, viewer: Viewer, terms: InstitutionTerms & { id: string }) {
  const changedBy = editor(viewer);
  return refusingDuplicates(INSTITUTION_NAME_INDEX, institutionAlreadyListed, () =>
    dataSource.transaction(async (manager) => {
      const old = await lockInstitution(manager, terms.id);
      const repository = manager.getRepository(ActivatingInstitutionEntity);
      const values = institutionValues(terms);
      await repository.update(terms.id, { ...values, updatedBy: changedBy, updatedAt: new Date() });
      await recordChange(manager, {
        subject: 'activating_institution',
        subjectId: terms.id,
        municipalityCode: old.municipalityCode,
        action: 'updated',
        oldValues: institutionValues(old),
        newValues: values,
        changedBy,
      });
      return repository.findOneByOrFail({ id: terms.id });
    }),
  );
}

export function removeActivatingInstitution(dataSource: DataSource, viewer: Viewer, id: string): Promise<string> {
  const changedBy = editor(viewer);
  return dataSource.transaction(async (manager) => {
    const old = await lockInstitution(manager, id);
    await manager.getRepository(ActivatingInstitutionEntity).delete(id);
    await recordChange(manager, {
      subject: 'activating_institution',
      subjectId: id,
      municipalityCode: old.municipalityCode,
      action: 'removed',
      oldValues: institutionValues(old),
      newValues: null,
      changedBy,
    });
    return id;
  });
}

export function addCertificateGroup(
  dataSource: DataSource,
  viewer: Viewer,
  terms: { municipalityCode: string; name: string; minAge: number; maxAge: number },
) {
  const changedBy = editor(viewer);
  const duplicate = () =>
    new DomainError('CERTIFICATE_GROUP_EXISTS', 'Группа сертификата с таким названием в муниципалитете уже есть.');
  return refusingDuplicates(GROUP_NAME_CONSTRAINT, duplicate, () =>
    dataSource.transaction(async (manager) => {
      await assertMunicipality(manager, terms.municipalityCode);
      const repository = manager.getRepository(CertificateGroupEntity);
      const { identifiers } = await repository.insert(terms);
      const id = (identifiers[0] as { id: string }).id;
      await recordChange(manager, {
        subject: 'certificate_group',
        subjectId: id,
        municipalityCode: terms.municipalityCode,
        action: 'created',
        oldValues: null,
        newValues: { name: terms.name, minAge: terms.minAge, maxAge: terms.maxAge },
        changedBy,
      });
      return repository.findOneByOrFail({ id });
    }),
  );
}

/** Only the ages change: certificates moving municipality and billing's normatives find a group by its name. */
export function updateCertificateGroup(
  dataSource: DataSource,
  viewer: Viewer,
  terms: { id: string; minAge: number; maxAge: number },
) {
  const changedBy = editor(viewer);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(CertificateGroupEntity);
    const old = await repository.findOne({ where: { id: terms.id }, lock: { mode: 'pessimistic_write' } });
    if (!old) throw notFound('Группа сертификата не найдена.');
    await repository.update(terms.id, { minAge: terms.minAge, maxAge: terms.maxAge });
    await recordChange(manager, {
      subject: 'certificate_group',
      subjectId: terms.id,
      municipalityCode: old.municipalityCode,
      action: 'updated',
      oldValues: { minAge: old.minAge, maxAge: old.maxAge },
      newValues: { minAge: terms.minAge, maxAge: terms.maxAge },
      changedBy,
    });
    return repository.findOneByOrFail({ id: terms.id });
  });
}

export const municipalities = (dataSource: DataSource): Promise<MunicipalityEntity[]> =>
  dataSource.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });

export const findMunicipality = (dataSource: DataSource, code: string): Promise<MunicipalityEntity | null> =>
  dataSource.getRepository(MunicipalityEntity).findOneBy({ code });

export const certificateGroupsOf = (dataSource: DataSource, municipalityCode: string): Promise<CertificateGroupEntity[]> =>
  dataSource.getRepository(CertificateGroupEntity).find({ where: { municipalityCode }, order: { name: 'ASC' } });

export const supportCentreOf = (dataSource: DataSource, municipalityCode: string): Promise<SupportCentreEntity | null> =>
  dataSource.getRepository(SupportCentreEntity).findOneBy({ municipalityCode });

export const activatingInstitutionsOf = (
  dataSource: DataSource,
  municipalityCode: string,
): Promise<ActivatingInstitutionEntity[]> =>
  dataSource.getRepository(ActivatingInstitutionEntity).find({ where: { municipalityCode }, order: { name: 'ASC', id: 'ASC' } });
