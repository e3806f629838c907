import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** navigator's provider: billing names it only by id, the gateway fetches the rest from navigator */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Provider {
  @Field(() => ID)
  id: string;
}

/** navigator's group of a program */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class ProgramGroup {
  @Field(() => ID)
  id: string;
}

/** identity's name of a child, shown to those identity lets see it (the provider where the child is enrolled) */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class ChildName {
  @Field(() => ID)
  id: string;
}
