import { defineService, startCounterFolding } from '@pdo/service-kit';
import { certificatesConfigSchema, type CertificatesConfig } from './certificates.config';
import { ActivatingInstitutionEntity } from './entities/activating-institution.entity';
import { CertificateApplicationEntity } from './entities/certificate-application.entity';
import { CertificateGroupEntity } from './entities/certificate-group.entity';
import { CertificateEntity } from './entities/certificate.entity';
import { ChildDocumentEntity } from './entities/child-document.entity';
import { ChildEntity } from './entities/child.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { ReferenceDataChangeEntity } from './entities/reference-data-change.entity';
import { SupportCentreEntity } from './entities/support-centre.entity';
import { startCertificatesConsumer } from './events/certificates.consumer';
import { CertificateApplicationResolver } from './graphql/certificate-application.resolver';
import { certificateReferenceResolvers } from './graphql/certificate.reference';
import { CertificateMoveResolver } from './graphql/certificate-move.resolver';
import { CertificateResolver, ChildCertificateResolver } from './graphql/certificate.resolver';
import { Child } from './graphql/certificate.type';
import { municipalityReferenceResolvers } from './graphql/municipality.reference';
import { MunicipalityResolver } from './graphql/municipality.resolver';
import { OverviewResolver } from './graphql/overview.resolver';
import { ReferenceDataResolver } from './graphql/reference-data.resolver';
import { CreateReferenceData1763700000001 } from './migrations/1763700000001-create-reference-data';
import { SeedMunicipalities1763700000002 } from './migrations/1763700000002-seed-municipalities';
import { CreateChildren1763800000001 } from './migrations/1763800000001-create-children';
import { CreateCertificates1763800000002 } from './migrations/1763800000002-create-certificates';
import { CreateChildDocuments1763900000001 } from './migrations/1763900000001-create-child-documents';
import { CreateCertificateMoves1763900000002 } from './migrations/1763900000002-create-certificate-moves';
import { AddCertificateMode1763900000003 } from './migrations/1763900000003-add-certificate-mode';
import { IndexActivationQueue1763900000004 } from './migrations/1763900000004-index-activation-queue';
import { AddSupportCentresInstitutions1764000000001 } from './migrations/1764000000001-add-support-centres-institutions';
import { AddMoveRequests1764100000001 } from './migrations/1764100000001-add-move-requests';
import { AddApplicantKind1764200000001 } from './migrations/1764200000001-add-applicant-kind';
import { IndexOverviews1764400000001 } from './migrations/1764400000001-index-overviews';
import { CountCertificates1764500000001 } from './migrations/1764500000001-count-certificates';
import { CERTIFICATE_COUNTER_TABLES } from './operations/overview.operations';
import { startComingOfAge } from './operations/coming-of-age.timer';

export const certificatesService = defineService<CertificatesConfig>({
  name: 'certificates',
  defaultPort: 4002,
  configSchema: certificatesConfigSchema,
  subgraph: {
    resolvers: [
      MunicipalityResolver,
      ReferenceDataResolver,
      CertificateApplicationResolver,
      CertificateResolver,
      CertificateMoveResolver,
      ChildCertificateResolver,
      OverviewResolver,
    ],
    orphanedTypes: [Child],
    referenceResolvers: { ...municipalityReferenceResolvers, ...certificateReferenceResolvers },
  },
  entities: [
    MunicipalityEntity,
    CertificateGroupEntity,
    ChildEntity,
    ChildDocumentEntity,
    CertificateApplicationEntity,
    CertificateEntity,
    SupportCentreEntity,
    ActivatingInstitutionEntity,
    ReferenceDataChangeEntity,
  ],
  migrations: [
    CreateReferenceData1763700000001,
    SeedMunicipalities1763700000002,
    CreateChildren1763800000001,
    CreateCertificates1763800000002,
    CreateChildDocuments1763900000001,
    CreateCertificateMoves1763900000002,
    AddCertificateMode1763900000003,
    IndexActivationQueue1763900000004,
    AddSupportCentresInstitutions1764000000001,
    AddMoveRequests1764100000001,
    AddApplicantKind1764200000001,
    IndexOverviews1764400000001,
    CountCertificates1764500000001,
  ],
  background: async (runtime) => [
    await startCertificatesConsumer(runtime),
    startComingOfAge(runtime),
    startCounterFolding(runtime.dataSource, runtime.logger, CERTIFICATE_COUNTER_TABLES),
  ],
});
