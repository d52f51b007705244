import { amsterdamDate, type CaseKind } from '@klankbord/domain';
import type { MessageLocale, OutboxTemplate } from './outbox-message.entity.js';

/** What a template may mention. Deliberately no names or contact details. */
export interface MessageFacts {
  registrationNumber: string;
  kind: CaseKind;
  acknowledgementDueAt?: Date;
  resolutionDueAt?: Date;
  previousDueAt?: Date;
  reason?: string;
  outcome?: string;
}

const KIND_WORDS: Record<MessageLocale, Record<CaseKind, string>> = {
  nl: { COMPLAINT: 'klacht', SUGGESTION: 'suggestie', COMPLIMENT: 'compliment' },
  en: { COMPLAINT: 'complaint', SUGGESTION: 'suggestion', COMPLIMENT: 'compliment' },
};

const day = (date: Date | undefined) => (date ? amsterdamDate(date) : '');

type Render = (facts: MessageFacts) => { subject: string; body: string };

const TEMPLATES: Record<OutboxTemplate, Record<MessageLocale, Render>> = {
  ACKNOWLEDGEMENT: {
    nl: (f) => ({
      subject: `Ontvangstbevestiging ${f.registrationNumber}`,
      body:
        `Geachte heer/mevrouw,\n\nWij hebben uw ${KIND_WORDS.nl[f.kind]} ontvangen en geregistreerd onder nummer ${f.registrationNumber}. ` +
        (f.kind === 'COMPLAINT'
          ? `Een relatiemanager beoordeelt uw klacht. De standaard doorlooptijd loopt tot en met ${day(f.resolutionDueAt)}; ` +
            `lukt dat niet, dan hoort u dat vóór die datum.\n`
          : `Dank u wel.\n`) +
        `\nVermeld dit nummer als u contact met ons opneemt.\n\nMet vriendelijke groet,\n3W`,
    }),
    en: (f) => ({
      subject: `Acknowledgement ${f.registrationNumber}`,
      body:
        `Dear Sir or Madam,\n\nWe have received your ${KIND_WORDS.en[f.kind]} and registered it as ${f.registrationNumber}. ` +
        (f.kind === 'COMPLAINT'
          ? `A relationship manager will assess your complaint. The standard lead time runs until ${day(f.resolutionDueAt)}; ` +
            `if we cannot make that, we will tell you before then.\n`
          : `Thank you.\n`) +
        `\nPlease quote this number when you contact us.\n\nKind regards,\n3W`,
    }),
  },
  EXTENSION_NOTICE: {
    nl: (f) => ({
      subject: `Nieuwe afhandeldatum ${f.registrationNumber}`,
      body: `Geachte heer/mevrouw,\n\nDe afhandeling van ${f.registrationNumber} duurt langer dan afgesproken (${day(f.previousDueAt)}). De nieuwe datum is ${day(f.resolutionDueAt)}.\nReden: ${f.reason ?? ''}\n\nMet vriendelijke groet,\n3W`,
    }),
    en: (f) => ({
      subject: `New handling date ${f.registrationNumber}`,
      body: `Dear Sir or Madam,\n\nHandling ${f.registrationNumber} takes longer than agreed (${day(f.previousDueAt)}). The new date is ${day(f.resolutionDueAt)}.\nReason: ${f.reason ?? ''}\n\nKind regards,\n3W`,
    }),
  },
  OUTCOME: {
    nl: (f) => ({
      subject: `Afhandeling ${f.registrationNumber}`,
      body: `Geachte heer/mevrouw,\n\nUw ${KIND_WORDS.nl[f.kind]} ${f.registrationNumber} is afgehandeld.\n\n${f.outcome ?? ''}\n\nMet vriendelijke groet,\n3W`,
    }),
    en: (f) => ({
      subject: `Outcome ${f.registrationNumber}`,
      body: `Dear Sir or Madam,\n\nYour ${KIND_WORDS.en[f.kind]} ${f.registrationNumber} has been handled.\n\n${f.outcome ?? ''}\n\nKind regards,\n3W`,
    }),
  },
  MEASURE_COMMUNICATED: {
    nl: (f) => ({ subject: `Preventieve maatregel n.a.v. ${f.registrationNumber}`, body: f.outcome ?? '' }),
    en: (f) => ({ subject: `Preventive measure following ${f.registrationNumber}`, body: f.outcome ?? '' }),
  },
};

/** Renders a message to the submitter in Dutch or English. */
export function renderMessage(template: OutboxTemplate, locale: MessageLocale, facts: MessageFacts) {
  return TEMPLATES[template][locale](facts);
}
