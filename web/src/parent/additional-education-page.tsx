import { Anchor, Button, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { MY_APPLICATIONS, type CertificateApplication } from '../api/certificates.operations';
import { MY_CHILDREN } from '../api/identity.operations';
import { CertificateCard } from './certificate-card';
import { ChildApplication } from './child-application';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';

function latestByChild(applications: CertificateApplication[]): Map<string, CertificateApplication> {
  const latest = new Map<string, CertificateApplication>();
  for (const application of applications) {
    const known = latest.get(application.childId);
    if (known === undefined || known.createdAt < application.createdAt) latest.set(application.childId, application);
  }
  return latest;
}

/** «Услуги» → «Дополнительное образование»: certificates, and applications for the children still without one. */
export function AdditionalEducationPage() {
  const children = useQuery(MY_CHILDREN, { fetchPolicy: 'cache-and-network' });
  const applications = useQuery(MY_APPLICATIONS, { fetchPolicy: 'cache-and-network' });
  const [choosing, setChoosing] = useState(false);
  const [params] = useSearchParams();
  const all = children.data?.myChildren ?? [];
  const latest = latestByChild(applications.data?.myApplications ?? []);
  const withCertificate = all.filter((child) => child.certificate !== null && child.certificate.status !== 'terminated');
  const without = all.filter((child) => !withCertificate.includes(child));
  const inProgress = without.filter((child) => {
    const status = latest.get(child.id)?.status;
    return status === 'email_pending' || status === 'email_confirmed';
  });
  const shown = choosing ? without : inProgress;

  return (
    <Stack gap="lg">
      <PageHeader title="Дополнительное образование">
        Сертификат дополнительного образования выдаётся детям от 5 до 18 лет и оплачивает занятия в кружках и секциях из{' '}
        <Anchor component={Link} to={paths.catalogue}>
          навигатора
        </Anchor>
        .
      </PageHeader>
      <ErrorAlert error={children.error ?? applications.error} />
      {(children.loading || applications.loading) && !children.data && <Loading />}
      {withCertificate.map((child) =>
        child.certificate ? <CertificateCard key={child.id} certificate={child.certificate} child={child} /> : null,
      )}
      {children.data && without.length > 0 && !choosing && (
        <div>
          <Button onClick={() => setChoosing(true)}>Подать заявку на сертификат</Button>
        </div>
      )}
      {shown.map((child) => (
        <ChildApplication
          key={child.id}
          child={child}
          application={latest.get(child.id)}
          openIssue={latest.get(child.id)?.id === params.get('application')}
        />
      ))}
      {children.data && all.length === 0 && (
        <Paper withBorder p="xl">
          <EmptyState
            title="Сначала добавьте ребёнка"
            description="Заявку на сертификат подают для конкретного ребёнка, с его свидетельством о рождении (паспортом с 14 лет)."
          >
            <EmptyState.Actions>
              <Button component={Link} to={paths.newChild}>
                Добавить ребёнка
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      )}
      {children.data && withCertificate.length > 0 && (
        <Text>
          Выбрать кружок или секцию и записаться можно в{' '}
          <Anchor component={Link} to={paths.catalogue}>
            навигаторе
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}
