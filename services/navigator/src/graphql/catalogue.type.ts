import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Program } from './program.type';

// Parts of a catalogue answer are as fresh as the search that returned them (see `searchPrograms`).

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
