import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { parseInput, type RequestContext } from '@pdo/service-kit';
import {
  addActivatingInstitution,
  addCertificateGroup,
  removeActivatingInstitution,
  updateActivatingInstitution,
  updateCertificateGroup,
  updateSupportCentre,
} from '../operations/reference-data.operations';
import { ActivatingInstitution, CertificateGroup, SupportCentre } from './municipality.type';
import {
  AddActivatingInstitutionInput,
  AddCertificateGroupInput,
  addCertificateGroupSchema,
  institutionIdSchema,
  UpdateActivatingInstitutionInput,
  UpdateCertificateGroupInput,
  updateCertificateGroupSchema,
  UpdateSupportCentreInput,
} from './reference-data.input';

/** The regional admin's editing of the municipalities' reference data; every change is recorded with its author. */
@Resolver()
export class ReferenceDataResolver {
  @Authorized('regional_admin')
  @Mutation(() => SupportCentre, { description: 'Изменить название, адрес и телефон МОЦ муниципалитета' })
  updateSupportCentre(
    @Arg('input', () => UpdateSupportCentreInput) input: UpdateSupportCentreInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<SupportCentre> {
    return updateSupportCentre(dataSource, viewer, parseInput(UpdateSupportCentreInput.schema, input));
  }

  @Authorized('regional_admin')
  @Mutation(() => ActivatingInstitution, { description: 'Добавить учреждение, активирующее сертификаты' })
  addActivatingInstitution(
    @Arg('input', () => AddActivatingInstitutionInput) input: AddActivatingInstitutionInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<ActivatingInstitution> {
    return addActivatingInstitution(dataSource, viewer, parseInput(AddActivatingInstitutionInput.schema, input));
  }

  @Authorized('regional_admin')
  @Mutation(() => ActivatingInstitution, { description: 'Изменить сведения об учреждении' })
  updateActivatingInstitution(
    @Arg('input', () => UpdateActivatingInstitutionInput) input: UpdateActivatingInstitutionInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<ActivatingInstitution> {
    return updateActivatingInstitution(dataSource, viewer, parseInput(UpdateActivatingInstitutionInput.schema, input));
  }

  @Authorized('regional_admin')
  @Mutation(() => ID, { description: 'Убрать учреждение из списка; возвращает его идентификатор' })
  removeActivatingInstitution(@Arg('id', () => ID) id: string, @Ctx() { dataSource, viewer }: RequestContext): Promise<string> {
    return removeActivatingInstitution(dataSource, viewer, parseInput(institutionIdSchema, { id }).id);
  }

  @Authorized('regional_admin')
  @Mutation(() => CertificateGroup, { description: 'Добавить группу сертификата с возрастом от 5 до 18 лет' })
  addCertificateGroup(
    @Arg('input', () => AddCertificateGroupInput) input: AddCertificateGroupInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateGroup> {
    return addCertificateGroup(dataSource, viewer, parseInput(addCertificateGroupSchema, input));
  }

  @Authorized('regional_admin')
  @Mutation(() => CertificateGroup, {
    description: 'Изменить возраст группы сертификата; название не меняется — по нему находят группу при переезде и нормативы',
  })
  updateCertificateGroup(
    @Arg('input', () => UpdateCertificateGroupInput) input: UpdateCertificateGroupInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<CertificateGroup> {
    return updateCertificateGroup(dataSource, viewer, parseInput(updateCertificateGroupSchema, input));
  }
}
