import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ADD_CHILD, GIVE_CONSENT, MY_CHILDREN, UPDATE_CHILD, type Child, type ChildInput } from '../api/identity.operations';
import { ErrorAlert } from '../components/error-alert';
import { filled } from '../components/form-rules';
import { Loading } from '../components/loading';
import { MunicipalitySelect } from '../components/municipality-select';
import { PageHeader } from '../components/page-header';
import { paths } from '../routes';
import { DateField } from '../components/date-field';

const blank: ChildInput = {
  lastName: '',
  firstName: '',
  patronymic: '',
  birthDate: '',
  sex: 'MALE',
  address: '',
  municipalityCode: '',
  attendsSchool: true,
};

function ChildForm({ child }: { child: Child | null }) {
  const navigate = useNavigate();
  const form = useForm<ChildInput>({
    initialValues:
      child === null
        ? blank
        : {
            lastName: child.lastName,
            firstName: child.firstName,
            patronymic: child.patronymic ?? '',
            birthDate: child.birthDate,
            sex: child.sex,
            address: child.address,
            municipalityCode: child.municipalityCode,
            attendsSchool: child.attendsSchool,
          },
    validate: {
      lastName: filled('Укажите фамилию ребёнка.'),
      firstName: filled('Укажите имя ребёнка.'),
      birthDate: filled('Укажите дату рождения ребёнка.'),
      address: filled('Укажите адрес проживания ребёнка.'),
      municipalityCode: filled('Выберите муниципалитет.'),
    },
  });
  const [consent, setConsent] = useState(child?.consentGivenAt != null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [addChild] = useMutation(ADD_CHILD, { refetchQueries: [MY_CHILDREN] });
  const [updateChild] = useMutation(UPDATE_CHILD);
  const [giveConsent] = useMutation(GIVE_CONSENT);

  async function submit(values: ChildInput) {
    setPending(true);
    setFailure(null);
    const input = { ...values, patronymic: values.patronymic?.trim() || null };
    try {
      const saved =
        child === null
          ? (await addChild({ variables: { input } })).data?.addChild
          : (await updateChild({ variables: { id: child.id, input } })).data?.updateChild;
      if (saved && consent && saved.consentGivenAt === null) await giveConsent({ variables: { childId: saved.id } });
      navigate(paths.children);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <Paper withBorder p="md" maw={640}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={failure} />
          <TextInput label="Фамилия" required {...form.getInputProps('lastName')} />
          <TextInput label="Имя" required {...form.getInputProps('firstName')} />
          <TextInput label="Отчество (при наличии)" {...form.getInputProps('patronymic')} />
          <DateField label="Дата рождения" required {...form.getInputProps('birthDate')} />
          <NativeSelect
            label="Пол"
            {...form.getInputProps('sex')}
            data={[
              { value: 'MALE', label: 'мужской' },
              { value: 'FEMALE', label: 'женский' },
            ]}
          />
          <TextInput label="Место (адрес) проживания ребёнка" required {...form.getInputProps('address')} />
          <MunicipalitySelect
            label="Муниципалитет"
            required
            {...form.getInputProps('municipalityCode')}
            value={form.values.municipalityCode}
          />
          <Checkbox
            label="Ребёнок посещает школу или детский сад в этом муниципалитете"
            {...form.getInputProps('attendsSchool', { type: 'checkbox' })}
          />
          <Checkbox
            label="Даю согласие на обработку персональных данных ребёнка (статья 9 Федерального закона № 152-ФЗ «О персональных данных»)"
            checked={consent}
            disabled={child?.consentGivenAt != null}
            onChange={(e) => setConsent(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={pending}>
              Сохранить
            </Button>
            <Button component={Link} to={paths.children} variant="default">
              Отмена
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Add a child, or edit the card at /cabinet/children/:childId/edit. */
export function ChildFormPage() {
  const { childId } = useParams();
  const children = useQuery(MY_CHILDREN, { skip: childId === undefined });
  const child = children.data?.myChildren.find((c) => c.id === childId) ?? null;
  return (
    <Stack gap="lg">
      <PageHeader title={childId === undefined ? 'Новый ребёнок' : 'Изменение данных ребёнка'} />
      <ErrorAlert error={children.error} />
      {childId !== undefined && children.loading ? <Loading /> : <ChildForm key={child?.id ?? 'new'} child={child} />}
    </Stack>
  );
}
