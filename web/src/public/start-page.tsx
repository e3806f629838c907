import { Anchor, Button, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { MUNICIPALITY_REFERENCE } from '../api/certificates.operations';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { MunicipalitySelect } from '../components/municipality-select';
import { SignInForm } from './sign-in-form';
import { usePageTitle } from '../pages/use-page-title';
import { paths } from '../routes';

/** A phone number as a link that dials it: digits and the leading plus only. */
function PhoneLink({ phone }: { phone: string }) {
  return <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>;
}

/** The chosen municipality's МОЦ and the institutions that activate certificates, from the open reference data. */
function SupportCentreFinder() {
  const [params, setParams] = useSearchParams();
  const code = params.get('municipality') ?? '';
  const reference = useQuery(MUNICIPALITY_REFERENCE, { variables: { code }, skip: code === '' });
  const municipality = reference.data?.municipality;
  const centre = municipality?.supportCentre;
  const institutions = municipality?.activatingInstitutions ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="support-centre-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="support-centre-title">
          Муниципальный опорный центр (МОЦ)
        </Title>
        <Text>
          За дополнительной информацией обратитесь в муниципальный опорный центр по месту проживания. Выберите свой муниципалитет,
          чтобы узнать адрес и телефон МОЦ и учреждений, где активируют сертификат.
        </Text>
        <MunicipalitySelect
          label="Ваш муниципалитет"
          value={code}
          onChange={(next) => setParams(next === '' ? {} : { municipality: next }, { replace: true })}
        />
        <ErrorAlert error={reference.error} />
        {reference.loading && <Loading label="Загружаем сведения о МОЦ…" />}
        {municipality && (
          <Stack gap="sm" aria-live="polite">
            {centre ? (
              <Stack gap={4} component="address" style={{ fontStyle: 'normal' }}>
                <Text fw={700}>{centre.name}</Text>
                <Text>Адрес: {centre.address}</Text>
                <Text>
                  Телефон: <PhoneLink phone={centre.phone} />
                </Text>
              </Stack>
            ) : (
              <Text>
                Сведения о МОЦ этого муниципалитета ещё не внесены. Список МОЦ размещён в группе{' '}
                <Anchor href="https://vk.com/rmc42" target="_blank" rel="noreferrer">
                  vk.com/rmc42
                </Anchor>{' '}
                (в разделе «Документы»).
              </Text>
            )}
            {institutions.length > 0 && (
              <>
                <Title order={3} size="h5">
                  Учреждения, где активируют сертификат
                </Title>
                <List spacing="xs">
                  {institutions.map((institution) => (
                    <List.Item key={institution.id}>
                      {institution.name}, {institution.address}
                      {institution.phone && (
                        <>
                          , тел. <PhoneLink phone={institution.phone} />
                        </>
                      )}
                      {institution.acceptsApplications && ' — принимает заявления на сертификат'}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

const steps: { title: string; text: string }[] = [
  {
    title: 'Получите сертификат',
    text: 'Войдите в личный кабинет, откройте «Услуги» → «Дополнительное образование» и нажмите «Подать заявку на сертификат». Заявление можно подать и лично — в учреждении своего муниципалитета, которое принимает заявления на сертификаты.',
  },
  {
    title: 'Активируйте сертификат',
    text: 'Обратитесь в МОЦ или в учреждение из списка вашего муниципалитета. С собой: заявление и согласие на обработку персональных данных (заполненные и распечатанные), паспорт заявителя, свидетельство о рождении ребёнка (паспорт с 14 лет). Для детей, не посещающих детский сад или школу, — документ о регистрации на территории муниципалитета. Если распечатать заявление негде, его распечатают в учреждении.',
  },
  {
    title: 'Выберите программу в навигаторе',
    text: 'Все сертифицированные программы — кружки, секции, творческие объединения — представлены в навигаторе дополнительного образования детей Кузбасса.',
  },
  {
    title: 'Запишите ребёнка',
    text: 'На странице программы нажмите «Записать ребёнка», прочитайте договор-оферту и примите её условия. Когда организация примет заявку, обучение оплачивается из средств сертификата; доплата нужна, только если остаток на сертификате меньше стоимости программы, и только в размере разницы.',
  },
];

/** `/` before sign-in: what the certificate is, how to get and use it, the navigator, the МОЦ, and the sign-in form. */
export function StartPage() {
  usePageTitle('Сертификат дополнительного образования');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2">
          Сертификат дополнительного образования детей Кузбасса
        </Title>
        <Text maw={760}>
          Сертификат дополнительного образования выдаётся всем детям от 5 лет и действует до достижения 18 лет. Это персональный
          счёт ребёнка: сертификат даёт гарантию, что вне зависимости от того, в какой организации реализуется программа из
          навигатора, муниципалитет заплатит за обучение вашего ребёнка.
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <SignInForm />
            <Paper withBorder p="md" component="section" aria-labelledby="no-login-title">
              <Stack gap="xs">
                <Title order={2} size="h4" id="no-login-title">
                  В школе не выдают логин/пароль?
                </Title>
                <Text size="sm">
                  Логин и пароль выдают в общеобразовательной школе (и детям, и родителям) или в детском саду по запросу
                  родителей. Если ребёнок не посещает школу или детский сад, войдите через Госуслуги или обратитесь в МОЦ по месту
                  проживания: там выдают вход и принимают заявление на сертификат от вашего имени.
                </Text>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="steps-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="steps-title">
                  Как получить и использовать сертификат
                </Title>
                <List type="ordered" spacing="sm">
                  {steps.map((step) => (
                    <List.Item key={step.title}>
                      <Text fw={700} span>
                        {step.title}.
                      </Text>{' '}
                      {step.text}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="navigator-title">
              <Stack gap="sm" align="flex-start">
                <Title order={2} size="h3" id="navigator-title">
                  Навигатор дополнительного образования
                </Title>
                <Text>
                  В навигаторе можно выбрать образовательную организацию, кружок или секцию для ребёнка от 5 до 18 лет и
                  записаться на программу. Смотреть программы можно без входа.
                </Text>
                <Button component={Link} to={paths.catalogue}>
                  Открыть навигатор программ
                </Button>
              </Stack>
            </Paper>
            <SupportCentreFinder />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
