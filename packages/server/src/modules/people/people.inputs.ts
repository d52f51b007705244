import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CleanText, IsReferenceCode } from '../../shared/validation.js';
import { ROLES, RoleEnum, type Role } from './role.js';

@InputType({ description: 'An organisation unit to create or change.' })
export class SaveOrganisationUnitInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Short stable code.' })
  @IsReferenceCode()
  code!: string;

  @Field(() => String, { description: 'Name of the unit.' })
  @CleanText({ min: 1, max: 200 })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The relationship manager whose portfolio holds the unit.' })
  @IsOptional()
  @IsUUID()
  relationshipManagerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new cases can name it (default true).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'A person to create or change, with their roles.' })
export class SavePersonInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String, { description: 'Name.' })
  @CleanText({ min: 1, max: 200 })
  displayName!: string;

  @Field(() => String, { description: 'E-mail address (unique).' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone number (stored normalised, E.164).' })
  @IsOptional()
  @CleanText({ max: 40 })
  phone?: string | null;

  @Field(() => [RoleEnum], { description: 'Roles; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsIn([...ROLES], { each: true })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Organisation unit.' })
  @IsOptional()
  @IsUUID()
  organisationUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The `sub` of this person’s tokens at the identity provider.' })
  @IsOptional()
  @CleanText({ min: 1, max: 200 })
  externalSubject?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Inactive people keep their history but get no new work (default true).',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
