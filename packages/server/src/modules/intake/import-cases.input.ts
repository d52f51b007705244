import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const IMPORT_FORMATS = ['CSV', 'JSON'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const ImportFormatEnum = { CSV: 'CSV', JSON: 'JSON' } as const;
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'CSV with a header row, or a JSON array of row objects.',
});

/** At most this many characters per import call (about 10 MB). */
export const MAX_IMPORT_CHARACTERS = 10_000_000;

@InputType({
  description:
    'Historical cases from an earlier system. Columns / keys: kind, receivedAt (ISO 8601 with offset), description, submitterName, phone, email, organisationUnit, service, complaintType (codes), status, outcome, acknowledgedAt, resolvedAt, closedAt, reference.',
})
export class ImportCasesInput {
  @Field(() => ImportFormatEnum, { description: 'CSV or JSON.' })
  format!: ImportFormat;

  @Field(() => String, { description: 'The file’s content.' })
  @MaxLength(MAX_IMPORT_CHARACTERS)
  content!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Import the valid rows even when some are refused (default: a file with refused rows imports nothing).',
  })
  @IsOptional()
  skipInvalidRows?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only check the file; write nothing.' })
  @IsOptional()
  dryRun?: boolean | null;
}

@ObjectType({ description: 'Why one row of an import was refused.' })
export class ImportRowProblem {
  @Field(() => Int, { description: 'Row number: 1 is the first data row (the CSV header does not count).' })
  row!: number;

  @Field(() => String, { description: 'The column or key at fault.' })
  field!: string;

  @Field(() => String, { description: 'Machine-readable reason, e.g. REQUIRED, INVALID, UNKNOWN_CODE.' })
  reason!: string;

  @Field(() => String, { description: 'What is wrong, in words (never echoes the value).' })
  message!: string;
}

@ObjectType({ description: 'What an import did: how many rows it accepted and refused, and why.' })
export class ImportCasesPayload {
  @Field(() => Boolean, { description: 'Whether cases were written.' })
  imported!: boolean;

  @Field(() => Int, { description: 'Rows that passed validation.' })
  acceptedCount!: number;

  @Field(() => Int, { description: 'Rows that were refused.' })
  refusedCount!: number;

  @Field(() => [ImportRowProblem], { description: 'Every problem found, row by row.' })
  problems!: ImportRowProblem[];

  @Field(() => [String], { description: 'Registration numbers given to the imported cases, in row order of receipt.' })
  registrationNumbers!: string[];
}
