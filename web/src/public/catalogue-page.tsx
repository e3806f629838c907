import {
  Anchor,
  Button,
  Checkbox,
  Chip,
  EmptyState,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MUNICIPALITIES } from '../api/certificates.operations';
import { SEARCH_PROGRAMS } from '../api/navigator.operations';
import { ErrorAlert } from '../components/error-alert';
import { parseRubles, rublesInputOf, weekdayLong } from '../components/format';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { ProgramCard } from './program-card';

const PAGE_SIZE = 20;

function filterFrom(params: URLSearchParams) {
  const number = (name: string) => {
    const value = params.get(name);
    return value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
  };
  const text = (name: string) => params.get(name) || undefined;
  const flag = (name: string) => (params.get(name) === '1' ? true : undefined);
  return {
    text: text('q'),
    municipalityCode: text('municipality'),
    direction: text('direction'),
    childAge: number('age'),
    dayOfWeek: number('day'),
    maxPriceKopecks: number('maxPrice'),
    freeSeatsOnly: flag('freeSeats'),
    payableByCertificate: flag('certificate'),
  };
}

function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

/** The public catalogue: free text, filters with counts, and pages of published programs. */
export function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [text, setText] = useState(filter.text ?? '');
  const [maxPrice, setMaxPrice] = useState(filter.maxPriceKopecks === undefined ? '' : rublesInputOf(filter.maxPriceKopecks));
  const [priceError, setPriceError] = useState<string | null>(null);
  // Typed fields keep their own state: the address updates in a transition and must not swallow keystrokes.
  const [age, setAge] = useState(filter.childAge === undefined ? '' : String(filter.childAge));
  const municipalities = useQuery(MUNICIPALITIES);
  const sort = params.get('sort') || null;
  const search = useQuery(SEARCH_PROGRAMS, { variables: { filter, sort, first: PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [filtersOpened, filters] = useDisclosure(false);

  // The router renders a new address in a transition, so a change builds on the address bar, not on this render's copy.
  const latest = () => new URLSearchParams(window.location.search);
  const set = (name: string, value: string | null) => setParams(withParam(latest(), name, value), { replace: true });
  const municipalityNames = new Map((municipalities.data?.municipalities ?? []).map((m) => [m.code, m.name]));
  const result = search.data?.searchPrograms;
  const municipalityCounts = new Map((result?.facets.municipalities ?? []).map((f) => [f.value, f.count]));

  function submitText(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const kopecks = maxPrice.trim() === '' ? null : parseRubles(maxPrice);
    if (maxPrice.trim() !== '' && kopecks === null) {
      setPriceError('Укажите цену в рублях, например 1500.');
      return;
    }
    setPriceError(null);
    setParams(withParam(withParam(latest(), 'q', text.trim()), 'maxPrice', kopecks === null ? null : String(kopecks)), {
      replace: true,
    });
  }

  async function loadMore() {
    if (!result?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await search.fetchMore({
        variables: { after: result.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          searchPrograms: {
            ...fetchMoreResult.searchPrograms,
            edges: [...(previous.searchPrograms?.edges ?? []), ...fetchMoreResult.searchPrograms.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Навигатор дополнительного образования детей Кузбасса">
        В навигаторе можно выбрать кружок, секцию или студию для ребёнка от 5 до 18 лет и записаться на программу.
        Сертифицированные программы оплачиваются сертификатом дополнительного образования.
      </PageHeader>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="filters-title">
            <form onSubmit={submitText} noValidate>
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Title order={2} size="h4" id="filters-title">
                    Подбор программы
                  </Title>
                  <Button
                    hiddenFrom="md"
                    variant="default"
                    size="compact-sm"
                    style={{ flexShrink: 0 }}
                    aria-expanded={filtersOpened}
                    aria-controls="catalogue-filters"
                    onClick={filters.toggle}
                  >
                    {filtersOpened ? 'Скрыть фильтры' : 'Все фильтры'}
                  </Button>
                </Group>
                <TextInput
                  label="Название или описание"
                  type="search"
                  placeholder="например, робототехника"
                  value={text}
                  onChange={(event) => setText(event.currentTarget.value)}
                />
                {/* On a phone the filters fold away so the programs are not pushed below them. */}
                <Stack gap="sm" id="catalogue-filters" display={filtersOpened ? 'flex' : { base: 'none', md: 'flex' }}>
                  <NativeSelect
                    label="Муниципалитет"
                    value={filter.municipalityCode ?? ''}
                    onChange={(event) => set('municipality', event.currentTarget.value)}
                    data={[
                      { value: '', label: 'Все муниципалитеты' },
                      ...(municipalities.data?.municipalities ?? []).map((m) => ({
                        value: m.code,
                        label: `${m.name} (${municipalityCounts.get(m.code) ?? 0})`,
                      })),
                    ]}
                  />
                  <TextInput
                    label="Возраст ребёнка, лет"
                    inputMode="numeric"
                    value={age}
                    onChange={(event) => {
                      const digits = event.currentTarget.value.replace(/\D/g, '').slice(0, 2);
                      setAge(digits);
                      set('age', digits);
                    }}
                  />
                  <NativeSelect
                    label="День занятий"
                    value={filter.dayOfWeek === undefined ? '' : String(filter.dayOfWeek)}
                    onChange={(event) => set('day', event.currentTarget.value)}
                    data={[
                      { value: '', label: 'Любой' },
                      ...weekdayLong.map((label, index) => ({ value: String(index + 1), label })),
                    ]}
                  />
                  <TextInput
                    label="Цена в месяц не больше, ₽"
                    inputMode="decimal"
                    value={maxPrice}
                    error={priceError}
                    onChange={(event) => setMaxPrice(event.currentTarget.value)}
                  />
                  <Checkbox
                    label="Только со свободными местами"
                    checked={filter.freeSeatsOnly === true}
                    onChange={(event) => set('freeSeats', event.currentTarget.checked ? '1' : null)}
                  />
                  <Checkbox
                    label="Оплата сертификатом"
                    checked={filter.payableByCertificate === true}
                    onChange={(event) => set('certificate', event.currentTarget.checked ? '1' : null)}
                  />
                </Stack>
                <Group>
                  <Button type="submit">Найти</Button>
                  <Button
                    variant="default"
                    onClick={() => {
                      setText('');
                      setMaxPrice('');
                      setAge('');
                      setParams(new URLSearchParams(), { replace: true });
                    }}
                  >
                    Сбросить
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md" component="section" aria-label="Программы">
            <div role="group" aria-label="Направленность">
              <Chip.Group value={filter.direction ?? ''} onChange={(value) => set('direction', value === '' ? null : value)}>
                <Group gap="xs">
                  <Chip value="" size="sm">
                    Все направленности
                  </Chip>
                  {(result?.facets.directions ?? []).map((facet) => (
                    <Chip key={facet.value} value={facet.value} size="sm">
                      {facet.label} ({facet.count})
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </div>
            <ErrorAlert error={search.error} />
            {search.loading && !result && <Loading label="Ищем программы…" />}
            {result && (
              <Group justify="space-between" align="end">
                <Text role="status" fw={500}>
                  Найдено программ: {result.totalCount}
                </Text>
                <NativeSelect
                  label="Сортировка"
                  value={sort ?? ''}
                  onChange={(event) => set('sort', event.currentTarget.value)}
                  data={[
                    { value: '', label: filter.text ? 'по соответствию' : 'по названию' },
                    { value: 'price', label: 'сначала дешевле' },
                    { value: 'title', label: 'по названию' },
                  ]}
                />
              </Group>
            )}
            {result?.totalCount === 0 && (
              <Paper withBorder p="xl">
                <EmptyState
                  title="Программ с такими условиями нет"
                  description="Попробуйте убрать часть фильтров или изменить запрос."
                />
              </Paper>
            )}
            {result?.edges.map(({ node }) => (
              <ProgramCard key={node.id} program={node} municipalityName={municipalityNames.get(node.municipalityCode)} />
            ))}
            {result?.pageInfo.hasNextPage && (
              <Button variant="default" onClick={loadMore} loading={loadingMore}>
                Показать ещё
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="sm">
        Открытые данные: весь каталог без персональных данных —{' '}
        <Anchor underline="always" href="/open-data/catalogue.csv">
          CSV
        </Anchor>
        ,{' '}
        <Anchor underline="always" href="/open-data/catalogue.json">
          JSON
        </Anchor>{' '}
        и{' '}
        <Anchor underline="always" href="/open-data/catalogue.schema.json">
          описание формата
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
