import { Alert, Button, FileInput, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ADD_DOCUMENT, MY_CHILDREN, childFullName, type DocumentKind } from '../api/identity.operations';
import { useAuth } from '../auth/auth.context';
import { hasAnyRole } from '../auth/viewer';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { MAX_SCAN_BYTES, readFileBase64 } from './read-file';
import { paths } from '../routes';
import { DateField } from '../components/date-field';

interface DocumentForm {
  kind: DocumentKind;
  series: string;
  number: string;
  issuedOn: string;
  issuer: string;
  divisionCode: string;
  scan: File | null;
}

const blank: DocumentForm = {
  kind: 'BIRTH_CERTIFICATE',
  series: '',
  number: '',
  issuedOn: '',
  issuer: '',
  divisionCode: '',
  scan: null,
};

function scanRule(scan: File | null): string | null {
  if (scan === null) return 'Загрузите скан или фотографию документа.';
  return scan.size > MAX_SCAN_BYTES ? 'Файл больше 10 МБ. Уменьшите размер скана или фотографии.' : null;
}

/** «Предоставить документ»: a birth certificate or passport of the child, with its scan. */
export function DocumentFormPage() {
  const { childId = '' } = useParams();
  const navigate = useNavigate();
  const { state } = useAuth();
  // a pupil keeps only his own card, from his certificate page; a parent returns to the children
  const back = state.status === 'signed-in' && hasAnyRole(state.viewer, ['parent']) ? paths.children : paths.additionalEducation;
  const children = useQuery(MY_CHILDREN);
  const form = useForm<DocumentForm>({
    initialValues: blank,
    validate: {
      series: filled('Укажите серию документа.'),
      number: filled('Укажите номер документа.'),
      issuedOn: filled('Укажите дату выдачи.'),
      issuer: filled('Укажите, кем выдан документ.'),
      divisionCode: (value, values) => (values.kind === 'PASSPORT' && value.trim() === '' ? 'Укажите код подразделения.' : null),
      scan: scanRule,
    },
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [addDocument, added] = useMutation(ADD_DOCUMENT, { refetchQueries: [MY_CHILDREN] });
  const child = children.data?.myChildren.find((c) => c.id === childId);
  const passport = form.values.kind === 'PASSPORT';

  async function submit({ scan, ...values }: DocumentForm) {
    if (scan === null) return;
    setFailure(null);
    try {
      const contentBase64 = await readFileBase64(scan);
      await addDocument({
        variables: {
          childId,
          input: {
            kind: values.kind,
            series: values.series.trim(),
            number: values.number.trim(),
            issuedOn: values.issuedOn,
            issuer: values.issuer.trim(),
            divisionCode: values.kind === 'PASSPORT' ? values.divisionCode.trim() : null,
            scan: { fileName: scan.name, contentBase64 },
          },
        },
      });
      navigate(back);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Документ ребёнка">
        Свидетельство о рождении, а для ребёнка с 14 лет — паспорт. Скан или фотография в формате JPEG, PNG или PDF, не больше 10
        МБ.
      </PageHeader>
      {children.loading && <Loading />}
      <ErrorAlert error={children.error} />
      {child && <Text fw={500}>Ребёнок: {childFullName(child)}</Text>}
      {children.data && !child && (
        <Alert color="red" variant="outline">
          Ребёнок не найден.
        </Alert>
      )}
      {child && (
        <Paper withBorder p="md" maw={640}>
          <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
            <Stack gap="sm">
              <ErrorAlert error={failure} />
              <NativeSelect
                label="Вид документа"
                {...form.getInputProps('kind')}
                data={[
                  { value: 'BIRTH_CERTIFICATE', label: 'Свидетельство о рождении' },
                  { value: 'PASSPORT', label: 'Паспорт гражданина РФ' },
                ]}
              />
              <TextInput
                label="Серия"
                required
                description={passport ? '4 цифры, например 3225' : 'Римские цифры, дефис и две русские буквы, например III-ПО'}
                {...form.getInputProps('series')}
              />
              <TextInput label="Номер" required description="6 цифр" inputMode="numeric" {...form.getInputProps('number')} />
              <DateField label="Дата выдачи" required {...form.getInputProps('issuedOn')} />
              <TextInput label="Кем выдан" required {...form.getInputProps('issuer')} />
              {passport && (
                <TextInput
                  label="Код подразделения"
                  required
                  description="Например, 420-007"
                  {...form.getInputProps('divisionCode')}
                />
              )}
              <FileInput
                label="Документ"
                description="Скан или фотография: JPEG, PNG или PDF, до 10 МБ"
                placeholder="Выберите файл"
                required
                accept="image/jpeg,image/png,application/pdf"
                {...form.getInputProps('scan')}
              />
              <Group>
                <Button type="submit" loading={added.loading}>
                  Сохранить документ
                </Button>
                <Button component={Link} to={back} variant="default">
                  Отмена
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
