import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/messages';
import { recipientLabel, templateLabel } from './message-labels';

// The templates and recipients the server names in its schema descriptions.
const schema = buildSchema(readFileSync(new URL('../../../../server/schema.graphql', import.meta.url), 'utf8'));
const described = (field: string) => {
  const type = schema.getType('MessageDelivery');
  const description = isObjectType(type) ? (type.getFields()[field]?.description ?? '') : '';
  return [...description.matchAll(/[A-Z][A-Z_]+[A-Z]/g)].map((m) => m[0]);
};

describe('message labels', () => {
  it('names every template and recipient the server describes, in Dutch and English', () => {
    const templates = described('template');
    const recipients = described('recipient');
    expect(templates).toEqual(['ACKNOWLEDGEMENT', 'EXTENSION_NOTICE', 'OUTCOME', 'MEASURE_COMMUNICATED']);
    expect(recipients).toEqual(['SUBMITTER', 'RELATIONSHIP_MANAGERS']);
    for (const id of [...templates.map(templateLabel), ...recipients.map(recipientLabel)]) {
      expect(id).not.toBeNull();
      expect(nl[id!]).toBeTruthy();
      expect(en[id!]).toBeTruthy();
    }
  });

  it('has no label for a value it does not know, so the screen shows the value itself', () => {
    expect(templateLabel('SOMETHING_NEW')).toBeNull();
    expect(recipientLabel('toString')).toBeNull();
  });
});
