import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Сколько опубликованных программ одной направленности' })
export class DirectionCount {
  @Field(() => String, { description: 'technical, science, sports, arts, tourism, social' })
  direction: string;

  @Field(() => Int)
  programs: number;
}

@ObjectType({ description: 'Сколько опубликованных программ в одном реестре' })
export class RegistryCount {
  @Field(() => String, { description: 'certified, significant, pre_professional, other' })
  registry: string;

  @Field(() => Int)
  programs: number;
}

@ObjectType({ description: 'Программы и места одного муниципалитета, для обзора региона' })
export class MunicipalityProgramOverview {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => Int, { description: 'Опубликованных программ' })
  programs: number;

  @Field(() => [DirectionCount])
  byDirection: DirectionCount[];

  @Field(() => [RegistryCount])
  byRegistry: RegistryCount[];

  @Field(() => Int, { description: 'Мест в группах, которые ещё не закончили занятия' })
  seats: number;

  @Field(() => Int, { description: 'Из них занято' })
  seatsTaken: number;
}
