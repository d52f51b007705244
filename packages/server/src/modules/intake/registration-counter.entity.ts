import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last registration sequence handed out per year. Incremented with a row lock inside the
 * intake transaction, so a rolled-back submission gives its number back: gap-free and unique.
 */
@Entity({ tableName: 'registration_counter' })
export class RegistrationCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  @Property({ type: 'integer' })
  lastValue: number;

  constructor(year: number, lastValue: number) {
    this.year = year;
    this.lastValue = lastValue;
  }
}
