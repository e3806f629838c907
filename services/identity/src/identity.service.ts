import { defineService } from '@pdo/service-kit';
import { ApiKeyEntity } from './entities/api-key.entity';
import { AuditLogEntity } from './entities/audit-log.entity';
import { ChildrenExportLinkEntity } from './entities/children-export-link.entity';
import { DocumentConflictEntity } from './entities/document-conflict.entity';
import { ChildConsentEntity } from './entities/child-consent.entity';
import { ChildParentEntity } from './entities/child-parent.entity';
import { ChildEntity } from './entities/child.entity';
import { DocumentScanEntity } from './entities/document-scan.entity';
import { GosuslugiSignInEntity } from './entities/gosuslugi-sign-in.entity';
import { IdentityDocumentEntity } from './entities/identity-document.entity';
import { PasswordRecoveryEntity } from './entities/password-recovery.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { SignInFailureEntity } from './entities/sign-in-failure.entity';
import { UserEntity } from './entities/user.entity';
import { ApiKeyResolver } from './graphql/api-key.resolver';
import { AuditLogResolver } from './graphql/audit-log.resolver';
import { AuthResolver } from './graphql/auth.resolver';
import { FamilyImportResolver } from './graphql/family-import.resolver';
import { GosuslugiResolver } from './graphql/gosuslugi.resolver';
import { PasswordResolver } from './graphql/password.resolver';
import { PupilLoginResolver } from './graphql/pupil-login.resolver';
import { PersonSearchResolver } from './graphql/person-search.resolver';
import { ChildrenExportResolver } from './graphql/children-export.resolver';
import { startIdentityConsumer } from './events/identity.consumer';
import { childNameReferenceResolvers } from './graphql/child-name.reference';
import { ChildName } from './graphql/child-name.type';
import { ImportProblem } from './graphql/family-import.type';
import { childReferenceResolvers } from './graphql/child.reference';
import { ChildResolver } from './graphql/child.resolver';
import { DocumentConflictResolver } from './graphql/document-conflict.resolver';
import { DocumentScanResolver, IdentityDocumentResolver } from './graphql/identity-document.resolver';
import { SessionResolver } from './graphql/session.resolver';
import { userReferenceResolvers } from './graphql/user.reference';
import { childrenExportRoute } from './http/children-export.route';
import { identityConfigSchema, type IdentityConfig } from './identity.config';
import { CreateUsers1763700000001 } from './migrations/1763700000001-create-users';
import { CreateChildrenDocuments1763700000003 } from './migrations/1763700000003-create-children-documents';
import { CreateSessionsApiKeys1763700000004 } from './migrations/1763700000004-create-sessions-api-keys';
import { AddPasswordReset1763700000005 } from './migrations/1763700000005-add-password-reset';
import { AddPasswordRecovery1763700000006 } from './migrations/1763700000006-add-password-recovery';
import { AddSignInAddress1763700000007 } from './migrations/1763700000007-add-sign-in-address';
import { AddGosuslugi1763700000008 } from './migrations/1763700000008-add-gosuslugi';
import { AddPersonSearch1763700000009 } from './migrations/1763700000009-add-person-search';
import { AddRefreshSuccessor1763700000010 } from './migrations/1763700000010-add-refresh-successor';
import { UniqueDocumentRegion1763700000011 } from './migrations/1763700000011-unique-document-region';
import { CreateProviderEnrollments1764100000201 } from './migrations/1764100000201-create-provider-enrollments';
import { AddExportJournal1764300000001 } from './migrations/1764300000001-add-export-journal';
import { AddChildrenExportLinks1764400000001 } from './migrations/1764400000001-add-children-export-links';
import { seedDemoChildren } from './seed/demo-children.seed';
import { seedDemoUsers } from './seed/demo-users.seed';

export const identityService = defineService<IdentityConfig>({
  name: 'identity',
  defaultPort: 4001,
  configSchema: identityConfigSchema,
  subgraph: {
    resolvers: [
      AuthResolver,
      SessionResolver,
      ApiKeyResolver,
      PasswordResolver,
      PupilLoginResolver,
      GosuslugiResolver,
      FamilyImportResolver,
      ChildResolver,
      IdentityDocumentResolver,
      DocumentScanResolver,
      DocumentConflictResolver,
      AuditLogResolver,
      PersonSearchResolver,
      ChildrenExportResolver,
    ],
    orphanedTypes: [ChildName, ImportProblem],
    referenceResolvers: { ...userReferenceResolvers, ...childReferenceResolvers, ...childNameReferenceResolvers },
  },
  entities: [
    UserEntity,
    ChildEntity,
    ChildParentEntity,
    ChildConsentEntity,
    IdentityDocumentEntity,
    DocumentScanEntity,
    AuditLogEntity,
    DocumentConflictEntity,
    SignInFailureEntity,
    RefreshTokenEntity,
    ApiKeyEntity,
    PasswordRecoveryEntity,
    GosuslugiSignInEntity,
    ChildrenExportLinkEntity,
  ],
  migrations: [
    CreateUsers1763700000001,
    CreateChildrenDocuments1763700000003,
    CreateSessionsApiKeys1763700000004,
    AddPasswordReset1763700000005,
    AddPasswordRecovery1763700000006,
    AddSignInAddress1763700000007,
    AddGosuslugi1763700000008,
    AddPersonSearch1763700000009,
    AddRefreshSuccessor1763700000010,
    UniqueDocumentRegion1763700000011,
    CreateProviderEnrollments1764100000201,
    AddExportJournal1764300000001,
    AddChildrenExportLinks1764400000001,
  ],
  routes: ({ config, dataSource, logger }) =>
    childrenExportRoute({ dataSource, logger, gatewaySecret: () => config.GATEWAY_SECRET }),
  seed: async (runtime) => {
    await seedDemoUsers(runtime);
    await seedDemoChildren(runtime);
  },
  background: async (runtime) => [await startIdentityConsumer(runtime)],
});
