import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { KopecksScalar } from '@pdo/service-kit';
import { Program } from './program.type';

// Parts of a catalogue answer are as fresh as the search that returned them (see `searchPrograms`).

@InputType({ description: 'Фильтры поиска по навигатору' })
export class ProgramSearchFilter {
  @Field(() => String, { nullable: true, description: 'Слова из названия или описания; опечатки допускаются' })
  text?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  direction?: string | null;

  @Field(() => Int, { nullable: true, description: 'Возраст ребёнка, полных лет' })
  childAge?: number | null;

  @Field(() => Int, { nullable: true, description: '1 — понедельник … 7 — воскресенье' })
  dayOfWeek?: number | null;

  @Field(() => KopecksScalar, { nullable: true })
  maxPriceKopecks?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Только программы со свободными местами' })
  freeSeatsOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Только сертифицированные (оплата сертификатом)' })
  payableByCertificate?: boolean | null;
}

@ObjectType()
@Directive('@cacheControl(inheritMaxAge: true)')
export class ProgramEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Program)
  node: Program;
}

@ObjectType()
@Directive('@cacheControl(inheritMaxAge: true)')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ description: 'Сколько программ найдётся при выборе этого значения' })
@Directive('@cacheControl(inheritMaxAge: true)')
export class FacetCount {
  @Field(() => String)
  value: string;

  @Field(() => String, { description: 'Название по-русски' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
@Directive('@cacheControl(inheritMaxAge: true)')
export class ProgramFacets {
  @Field(() => [FacetCount])
  directions: FacetCount[];

  @Field(() => [FacetCount])
  municipalities: FacetCount[];
}

@ObjectType()
@Directive('@cacheControl(inheritMaxAge: true)')
export class ProgramSearchResult {
  @Field(() => [ProgramEdge])
  edges: ProgramEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => ProgramFacets)
  facets: ProgramFacets;
}
