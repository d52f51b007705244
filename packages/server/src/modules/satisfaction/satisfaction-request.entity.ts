import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';

/**
 * The satisfaction question put to a complaint's submitter with the outcome, and their answer: one
 * per case. The link's token is kept only as a SHA-256 hash, so the table cannot be turned back
 * into working links; the database decides single use (see answer-satisfaction.ts).
 */
@Entity({ tableName: 'satisfaction_request' })
export class SatisfactionRequest {
  [OptionalProps]?: 'answeredAt' | 'score' | 'comment';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: 'FeedbackCase', ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  case: Ref<FeedbackCase>;

  /** SHA-256 of the link's token (base64url). */
  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Property({ type: 'timestamptz' })
  askedAt: Date;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  /** 1 (very dissatisfied) to 5 (very satisfied). */
  @Property({ type: 'smallint', nullable: true })
  score: number | null = null;

  /** Free text from the submitter: personal data, read like the description. */
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  constructor(props: { case: Ref<FeedbackCase>; tokenHash: string; askedAt: Date; expiresAt: Date }) {
    this.case = props.case;
    this.tokenHash = props.tokenHash;
    this.askedAt = props.askedAt;
    this.expiresAt = props.expiresAt;
  }
}
