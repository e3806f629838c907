import { defineService } from '@pdo/service-kit';
import { CertificateEntity } from './entities/certificate.entity';
import { ChildEntity } from './entities/child.entity';
import { EnrollmentEntity } from './entities/enrollment.entity';
import { NormativeEntity } from './entities/normative.entity';
import { ProgramGroupEntity } from './entities/program-group.entity';
import { ProgramReviewEntity } from './entities/program-review.entity';
import { ProgramEntity } from './entities/program.entity';
import { ProviderEntity } from './entities/provider.entity';
import { startNavigatorConsumer } from './events/navigator.consumer';
import { CatalogueResolver } from './graphql/catalogue.resolver';
import { ChildEnrollmentResolver, EnrollmentResolver } from './graphql/enrollment.resolver';
import { Child } from './graphql/enrollment.type';
import { OpenDataResolver } from './graphql/open-data.resolver';
import { catalogueReferenceResolvers } from './graphql/program.reference';
import { ProgramResolver } from './graphql/program.resolver';
import { ProviderResolver } from './graphql/provider.resolver';
import { RegionOverviewResolver } from './graphql/region-overview.resolver';
import { CreateCatalogue1763700000001 } from './migrations/1763700000001-create-catalogue';
import { CertifiedCatalogue1763700000100 } from './migrations/1763700000100-certified-catalogue';
import { CreateEnrollments1763800000100 } from './migrations/1763800000100-create-enrollments';
import { CreateNormatives1763900000300 } from './migrations/1763900000300-create-normatives';
import { RecordParentConsent1763900000400 } from './migrations/1763900000400-record-parent-consent';
import { SearchIndexes1763900000500 } from './migrations/1763900000500-search-indexes';
import { HoldSeatUntilEnd1764000000600 } from './migrations/1764000000600-hold-seat-until-end';
import { CatalogueFacets1764100000700 } from './migrations/1764100000700-catalogue-facets';
import { AcceptContractOffer1764300000700 } from './migrations/1764300000700-accept-contract-offer';
import { SeatsVersion1764600000700 } from './migrations/1764600000700-seats-version';
import { navigatorConfigSchema, type NavigatorConfig } from './navigator.config';
import { openDataRoute } from './open-data/open-data.route';
import { watchCatalogueWrites } from './operations/catalogue.operations';
import { startEnrollmentExpiry } from './operations/enrollment-expiry.timer';
import { startSeatRelease } from './operations/seat-release.timer';
import { seedDemoCatalogue } from './seed/demo-catalogue.seed';

export const navigatorService = defineService<NavigatorConfig>({
  name: 'navigator',
  defaultPort: 4003,
  configSchema: navigatorConfigSchema,
  subgraph: {
    resolvers: [
      ProgramResolver,
      ProviderResolver,
      CatalogueResolver,
      EnrollmentResolver,
      ChildEnrollmentResolver,
      RegionOverviewResolver,
      OpenDataResolver,
    ],
    orphanedTypes: [Child],
    referenceResolvers: catalogueReferenceResolvers,
  },
  entities: [
    ProviderEntity,
    ProgramEntity,
    ProgramGroupEntity,
    ProgramReviewEntity,
    ChildEntity,
    CertificateEntity,
    EnrollmentEntity,
    NormativeEntity,
  ],
  migrations: [
    CreateCatalogue1763700000001,
    CertifiedCatalogue1763700000100,
    CreateEnrollments1763800000100,
    CreateNormatives1763900000300,
    RecordParentConsent1763900000400,
    SearchIndexes1763900000500,
    HoldSeatUntilEnd1764000000600,
    CatalogueFacets1764100000700,
    AcceptContractOffer1764300000700,
    SeatsVersion1764600000700,
  ],
  routes: ({ dataSource, logger }) => openDataRoute({ dataSource, logger }),
  seed: seedDemoCatalogue,
  background: async (runtime) => {
    // from the first write on, so that a search right after it sees it (see searchCatalogue)
    watchCatalogueWrites(runtime.dataSource);
    return [await startNavigatorConsumer(runtime), startEnrollmentExpiry(runtime), startSeatRelease(runtime)];
  },
});
