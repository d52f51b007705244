import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export const API_KEY_SCOPES = ['cases:read', 'reports:read', 'pii:read', 'cases:import', 'cases:submit'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * An integration's credential. Only a SHA-256 hash of the secret is stored; the secret is shown
 * once, when the key is made. The `prefix` lets people recognise a key without revealing it.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'revokedAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  prefix: string;

  @Property({ type: 'text', unique: true })
  secretHash: string;

  @Property({ type: 'text[]' })
  scopes: ApiKeyScope[];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  constructor(props: { name: string; prefix: string; secretHash: string; scopes: ApiKeyScope[] }) {
    this.name = props.name;
    this.prefix = props.prefix;
    this.secretHash = props.secretHash;
    this.scopes = [...props.scopes];
  }
}
