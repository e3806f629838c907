import { Alert, Button, FileInput, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ADD_DOCUMENT, MY_CHILDREN, childFullName, type DocumentKind } from '../api/identity.operations';
import { useAuth } from '../auth/auth.context';
import { hasAnyRole } from '../auth/viewer';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { MAX_SCAN_BYTES, readFileBase64 } from '../components/read-file';

interface DocumentForm {
  kind: DocumentKind;
  series: string;
  number: string;
  issuedOn: string;
  issuer: string;
  divisionCode: string;
}

const blank: DocumentForm = { kind: 'BIRTH_CERTIFICATE', series: '', number: '', issuedOn: '', issuer: '', divisionCode: '' };

/** «Предоставить документ»: a birth certificate or passport of the child, with its scan. */
export function DocumentFormPage() {
  const { childId = '' } = useParams();
  const navigate = useNavigate();
  const { state } = useAuth();
  // a pupil keeps only his own card, from his certificate page; a parent returns to the children
  const back =
    state.status === 'signed-in' && hasAnyRole(state.viewer, ['parent'])
      ? '/cabinet/children'
      : '/cabinet/services/additional-education';
  const children = useQuery(MY_CHILDREN);
  const [form, setForm] = useState<DocumentForm>(blank);
  const [scan, setScan] = useState<File | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [addDocument, added] = useMutation(ADD_DOCUMENT, { refetchQueries: [MY_CHILDREN] });
  const child = children.data?.myChildren.find((c) => c.id === childId);
  const passport = form.kind === 'PASSPORT';
  const set = (name: keyof DocumentForm) => (value: string) => setForm({ ...form, [name]: value });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    if (scan === null) {
      setScanError('Загрузите скан или фотографию документа.');
      return;
    }
    if (scan.size > MAX_SCAN_BYTES) {
      setScanError('Файл больше 10 МБ. Уменьшите размер скана или фотографии.');
      return;
    }
    setScanError(null);
    try {
      const contentBase64 = await readFileBase64(scan);
      await addDocument({
        variables: {
          childId,
          input: {
            kind: form.kind,
            series: form.series.trim(),
            number: form.number.trim(),
            issuedOn: form.issuedOn,
            issuer: form.issuer.trim(),
            divisionCode: passport ? form.divisionCode.trim() : null,
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
          <form onSubmit={submit}>
            <Stack gap="sm">
              <ErrorAlert error={failure} />
              <NativeSelect
                label="Вид документа"
                value={form.kind}
                onChange={(e) => set('kind')(e.currentTarget.value)}
                data={[
                  { value: 'BIRTH_CERTIFICATE', label: 'Свидетельство о рождении' },
                  { value: 'PASSPORT', label: 'Паспорт гражданина РФ' },
                ]}
              />
              <TextInput
                label="Серия"
                required
                description={passport ? '4 цифры, например 3225' : 'Римские цифры, дефис и две русские буквы, например III-ПО'}
                value={form.series}
                onChange={(e) => set('series')(e.currentTarget.value)}
              />
              <TextInput
                label="Номер"
                required
                description="6 цифр"
                inputMode="numeric"
                value={form.number}
                onChange={(e) => set('number')(e.currentTarget.value)}
              />
              <TextInput
                label="Дата выдачи"
                type="date"
                required
                value={form.issuedOn}
                onChange={(e) => set('issuedOn')(e.currentTarget.value)}
              />
              <TextInput label="Кем выдан" required value={form.issuer} onChange={(e) => set('issuer')(e.currentTarget.value)} />
              {passport && (
                <TextInput
                  label="Код подразделения"
                  required
                  description="Например, 420-007"
                  value={form.divisionCode}
                  onChange={(e) => set('divisionCode')(e.currentTarget.value)}
                />
              )}
              <FileInput
                label="Документ"
                description="Скан или фотография: JPEG, PNG или PDF, до 10 МБ"
                placeholder="Выберите файл"
                required
                accept="image/jpeg,image/png,application/pdf"
                value={scan}
                error={scanError}
                onChange={setScan}
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
