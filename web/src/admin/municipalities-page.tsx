import { Paper, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_REFERENCE } from '../api/certificates.operations';
import { ActivatingInstitutions } from './activating-institutions';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { MunicipalitySelect, useMunicipalityParam } from '../components/municipality-select';
import { PageHeader } from '../components/page-header';
import { SupportCentreForm } from './support-centre-form';

/** «Муниципалитеты»: the regional admin keeps each municipality's МОЦ and activating institutions. */
export function MunicipalitiesPage() {
  const [code, setCode] = useMunicipalityParam();
  const reference = useQuery(MUNICIPALITY_REFERENCE, { variables: { code }, skip: code === '', fetchPolicy: 'network-only' });
  const municipality = reference.data?.municipality;
  return (
    <Stack gap="lg">
      <PageHeader title="Муниципалитеты">
        Опорный центр муниципалитета и учреждения, в которых родители активируют сертификаты.
      </PageHeader>
      <MunicipalitySelect label="Муниципалитет" value={code} onChange={setCode} />
      {reference.loading && !municipality && <Loading />}
      <ErrorAlert error={reference.error} />
      {municipality && (
        <>
          <Paper withBorder p="md" maw={560}>
            <SupportCentreForm key={municipality.code} municipalityCode={municipality.code} centre={municipality.supportCentre} />
          </Paper>
          <ActivatingInstitutions municipalityCode={municipality.code} institutions={municipality.activatingInstitutions} />
        </>
      )}
    </Stack>
  );
}
