import type { EntityManager } from '@mikro-orm/postgresql';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { loadSettings } from '../settings/load-settings.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { factsToData, renderMessage, type MessageFacts } from './templates.js';

/**
 * Step 5: tells the relationship managers of a preventive measure that was implemented and
 * communicated, in the organisation's language, in the caller's transaction. The relay addresses
 * it to the active relationship managers at delivery time.
 */
export async function queueMeasureMessage(
  em: EntityManager,
  measure: PreventiveMeasure,
  now: Date,
): Promise<OutboxMessage> {
  const [settings, type, cases] = await Promise.all([
    loadSettings(em),
    measure.targetComplaintType.load(),
    measure.linkedCases.load(),
  ]);
  const locale = settings.defaultLanguage;
  const facts: MessageFacts = {
    kind: 'COMPLAINT',
    registrationNumber: cases
      .getItems()
      .map((c) => c.registrationNumber)
      .sort()
      .join(', '),
    measureTitle: measure.title,
    outcome: measure.description,
    ...(type ? { complaintType: locale === 'nl' ? type.nameNl : type.name } : {}),
    ...(measure.implementedOn ? { implementedOn: measure.implementedOn } : {}),
  };
  const message = new OutboxMessage({
    case: null,
    measure: em.getReference(PreventiveMeasure, measure.id, { wrapped: true }),
    recipient: 'RELATIONSHIP_MANAGERS',
    template: 'MEASURE_COMMUNICATED',
    locale,
    ...renderMessage('MEASURE_COMMUNICATED', locale, facts),
    data: factsToData(facts),
    createdAt: now,
  });
  em.persist(message);
  return message;
}
