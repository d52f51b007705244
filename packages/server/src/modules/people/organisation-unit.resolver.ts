import { FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationUnit } from './organisation-unit.entity.js';
import { Person } from './person.entity.js';

/** Fields of an organisation unit that are relations (batched by MikroORM's reference dataloader). */
@Resolver(() => OrganisationUnit)
export class OrganisationUnitResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The relationship manager whose portfolio holds the unit; new cases from it go to them.',
  })
  relationshipManager(@Root() unit: OrganisationUnit): Promise<Person | null> | null {
    return unit.relationshipManager ? unit.relationshipManager.load() : null;
  }
}
