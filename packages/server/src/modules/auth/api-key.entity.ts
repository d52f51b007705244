import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

export const API_KEY_SCOPES = ['cases:read', 'reports:read', 'pii:read', 'cases:import', 'cases:submit'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * An integration's credential. Only a SHA-256 hash of the secret is stored; the secret is shown
 * once, when the key is made. The `prefix` lets people recognise a key without revealing it.
 * A key works until it expires or is revoked, whichever comes first.
 */
@Entity({ tableName: 'api_key' })
@ObjectType({ description: 'An integration’s API key (never its secret).' })
export class ApiKey {
  [OptionalProps]?: 'revokedAt' | 'lastUsedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'What the key is for, e.g. "BI dashboard".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'The public part of the secret (`kb_<prefix>_…`), to tell keys apart.' })
  @Property({ type: 'text' })
  prefix: string;

  @Property({ type: 'text', unique: true })
  secretHash: string;

  @Field(() => [String], { description: 'What the key may do, e.g. `cases:read`.' })
  @Property({ type: 'text[]' })
  scopes: ApiKeyScope[];

  @Field(() => Date, { description: 'When it was made.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'From this instant on the key is refused.' })
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** Written at most once a minute per key (see `findUsableApiKey`), so it is accurate to the minute. */
  @Field(() => Date, { nullable: true, description: 'When it was last used, to the minute; null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  constructor(props: {
    name: string;
    prefix: string;
    secretHash: string;
    scopes: ApiKeyScope[];
    createdAt: Date;
    expiresAt: Date;
  }) {
    this.name = props.name;
    this.prefix = props.prefix;
    this.secretHash = props.secretHash;
    this.scopes = [...props.scopes];
    this.createdAt = props.createdAt;
    this.expiresAt = props.expiresAt;
  }
}
