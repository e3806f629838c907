import { defineService, startCounterFolding } from '@pdo/service-kit';
import { AccountMovementEntity } from './entities/account-movement.entity';
import { CertificateAccountEntity } from './entities/certificate-account.entity';
import { CertificateEntity } from './entities/certificate.entity';
import { NormativeVersionEntity } from './entities/normative-version.entity';
import { NormativeEntity } from './entities/normative.entity';
import { startBillingConsumer } from './events/billing.consumer';
import { CertificateBalanceResolver } from './graphql/certificate-balance.resolver';
import { EnrollmentPaymentResolver } from './graphql/enrollment-payment.resolver';
import { InvoiceBreakdownResolver } from './graphql/invoice-breakdown.resolver';
import { invoiceReference, InvoiceResolver } from './graphql/invoice.resolver';
import { MunicipalityBudgetResolver } from './graphql/municipality-budget.resolver';
import { RegionOverviewResolver } from './graphql/region-overview.resolver';
import { MonthReportSheetResolver } from './graphql/month-report-sheet.resolver';
import { PriceForResolver } from './graphql/price-for.resolver';
import { Program } from './graphql/program.type';
import { Certificate } from './graphql/certificate.type';
import { NormativeResolver } from './graphql/normative.resolver';
import { CreateNormatives1763700000001 } from './migrations/1763700000001-create-normatives';
import { CreateCertificateLedger1763700000003 } from './migrations/1763700000003-create-certificate-ledger';
import { CreateMonthEnd1763900000101 } from './migrations/1763900000101-create-month-end';
import { CreateChildren1763900000102 } from './migrations/1763900000102-create-children';
import { DropMovementEnrollmentIndex1763900000103 } from './migrations/1763900000103-drop-movement-enrollment-index';
import { EnrollmentDirection1764000000101 } from './migrations/1764000000101-enrollment-direction';
import { InvoiceCorrections1764000000102 } from './migrations/1764000000102-invoice-corrections';
import { ChargeRules1764100000101 } from './migrations/1764100000101-charge-rules';
import { CertificateMunicipalities1764100000102 } from './migrations/1764100000102-certificate-municipalities';
import { EnrollmentProgramGroup1764100000201 } from './migrations/1764100000201-enrollment-program-group';
import { ChildrenSourceTime1764300000101 } from './migrations/1764300000101-children-source-time';
import { CountMunicipalityMoney1764500000101 } from './migrations/1764500000101-count-municipality-money';
import { SetBasedChargeRules1764600000101 } from './migrations/1764600000101-set-based-charge-rules';
import { MUNICIPALITY_COUNTER_TABLES } from './operations/region-overview.operations';
import { seedDemoNormatives } from './seed/demo-normatives.seed';

export const billingService = defineService({
  name: 'billing',
  defaultPort: 4004,
  subgraph: {
    resolvers: [
      NormativeResolver,
      CertificateBalanceResolver,
      InvoiceResolver,
      InvoiceBreakdownResolver,
      PriceForResolver,
      MunicipalityBudgetResolver,
      RegionOverviewResolver,
      EnrollmentPaymentResolver,
      MonthReportSheetResolver,
    ],
    orphanedTypes: [Certificate, Program],
    referenceResolvers: { Invoice: invoiceReference },
  },
  entities: [NormativeEntity, NormativeVersionEntity, CertificateEntity, CertificateAccountEntity, AccountMovementEntity],
  migrations: [
    CreateNormatives1763700000001,
    CreateCertificateLedger1763700000003,
    CreateMonthEnd1763900000101,
    CreateChildren1763900000102,
    DropMovementEnrollmentIndex1763900000103,
    EnrollmentDirection1764000000101,
    InvoiceCorrections1764000000102,
    ChargeRules1764100000101,
    CertificateMunicipalities1764100000102,
    EnrollmentProgramGroup1764100000201,
    ChildrenSourceTime1764300000101,
    CountMunicipalityMoney1764500000101,
    SetBasedChargeRules1764600000101,
  ],
  seed: seedDemoNormatives,
  background: async (runtime) => [
    await startBillingConsumer(runtime),
    startCounterFolding(runtime.dataSource, runtime.logger, MUNICIPALITY_COUNTER_TABLES),
  ],
});
