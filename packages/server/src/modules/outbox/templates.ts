import { amsterdamDate, formatDay, type CaseKind } from '@klankbord/domain';
import type { MessageData, MessageLocale, OutboxTemplate } from './outbox-message.entity.js';

/** What a template may mention. Deliberately no names or contact details. */
export interface MessageFacts {
  registrationNumber: string;
  kind: CaseKind;
  acknowledgementDueAt?: Date;
  resolutionDueAt?: Date;
  previousDueAt?: Date;
  reason?: string;
  outcome?: string;
  /** The satisfaction survey's link (the satisfaction feature adds it to the outcome when enabled). */
  satisfactionUrl?: string;
  /** MEASURE_COMMUNICATED: the measure's title, the complaint type it targets, when it took effect. */
  measureTitle?: string;
  complaintType?: string;
  implementedOn?: string;
}

/** A paragraph of a message: text (line breaks kept), or a line with a link. */
type Block = string | { label: string; url: string };

interface Template {
  subject: string;
  blocks: Block[];
}

const KIND_WORDS: Record<MessageLocale, Record<CaseKind, string>> = {
  nl: { COMPLAINT: 'klacht', SUGGESTION: 'suggestie', COMPLIMENT: 'compliment' },
  en: { COMPLAINT: 'complaint', SUGGESTION: 'suggestion', COMPLIMENT: 'compliment' },
};

const GREETING: Record<MessageLocale, string> = { nl: 'Geachte heer/mevrouw,', en: 'Dear Sir or Madam,' };
const SIGN_OFF: Record<MessageLocale, string> = { nl: 'Met vriendelijke groet,\n3W', en: 'Kind regards,\n3W' };

/**
 * A day as people read it in a letter ("wo 9 dec 2026", "Wed 9 Dec 2026"), on Amsterdam's
 * calendar: a bare ISO date reads as a code, not a date, to the submitter.
 */
const day = (locale: MessageLocale, date: Date | string | undefined) =>
  date ? formatDay(typeof date === 'string' ? date : amsterdamDate(date), locale) : '';

/** The link line of the satisfaction survey, when the outcome carries one. */
const satisfactionLink = (f: MessageFacts, label: string): Block[] =>
  f.satisfactionUrl ? [{ label, url: f.satisfactionUrl }] : [];

type Compose = (facts: MessageFacts) => Template;

const TEMPLATES: Record<OutboxTemplate, Record<MessageLocale, Compose>> = {
  ACKNOWLEDGEMENT: {
    nl: (f) => ({
      subject: `Ontvangstbevestiging ${f.registrationNumber}`,
      blocks: [
        GREETING.nl,
        `Wij hebben uw ${KIND_WORDS.nl[f.kind]} ontvangen en geregistreerd onder nummer ${f.registrationNumber}. ` +
          (f.kind === 'COMPLAINT'
            ? `Een relatiemanager beoordeelt uw klacht. De standaard doorlooptijd loopt tot en met ${day('nl', f.resolutionDueAt)}; ` +
              `lukt dat niet, dan hoort u dat vóór die datum.`
            : `Dank u wel.`),
        'Vermeld dit nummer als u contact met ons opneemt.',
        SIGN_OFF.nl,
      ],
    }),
    en: (f) => ({
      subject: `Acknowledgement ${f.registrationNumber}`,
      blocks: [
        GREETING.en,
        `We have received your ${KIND_WORDS.en[f.kind]} and registered it as ${f.registrationNumber}. ` +
          (f.kind === 'COMPLAINT'
            ? `A relationship manager will assess your complaint. The standard lead time runs until ${day('en', f.resolutionDueAt)}; ` +
              `if we cannot make that, we will tell you before then.`
            : `Thank you.`),
        'Please quote this number when you contact us.',
        SIGN_OFF.en,
      ],
    }),
  },
  EXTENSION_NOTICE: {
    nl: (f) => ({
      subject: `Nieuwe afhandeldatum ${f.registrationNumber}`,
      blocks: [
        GREETING.nl,
        `De afhandeling van ${f.registrationNumber} duurt langer dan afgesproken (${day('nl', f.previousDueAt)}). De nieuwe datum is ${day('nl', f.resolutionDueAt)}.\nReden: ${f.reason ?? ''}`,
        SIGN_OFF.nl,
      ],
    }),
    en: (f) => ({
      subject: `New handling date ${f.registrationNumber}`,
      blocks: [
        GREETING.en,
        `Handling ${f.registrationNumber} takes longer than agreed (${day('en', f.previousDueAt)}). The new date is ${day('en', f.resolutionDueAt)}.\nReason: ${f.reason ?? ''}`,
        SIGN_OFF.en,
      ],
    }),
  },
  OUTCOME: {
    nl: (f) => ({
      subject: `Afhandeling ${f.registrationNumber}`,
      blocks: [
        GREETING.nl,
        `Uw ${KIND_WORDS.nl[f.kind]} ${f.registrationNumber} is afgehandeld.`,
        f.outcome ?? '',
        ...satisfactionLink(f, 'Wilt u laten weten hoe tevreden u bent over de afhandeling?'),
        SIGN_OFF.nl,
      ],
    }),
    en: (f) => ({
      subject: `Outcome ${f.registrationNumber}`,
      blocks: [
        GREETING.en,
        `Your ${KIND_WORDS.en[f.kind]} ${f.registrationNumber} has been handled.`,
        f.outcome ?? '',
        ...satisfactionLink(f, 'Would you tell us how satisfied you are with the handling?'),
        SIGN_OFF.en,
      ],
    }),
  },
  MEASURE_COMMUNICATED: {
    nl: (f) => ({
      subject: `Preventieve maatregel: ${f.measureTitle ?? ''}`,
      blocks: [
        'Beste relatiemanager,',
        `Er is een preventieve maatregel ingevoerd${f.complaintType ? ` tegen klachten over ${f.complaintType}` : ''}: ${f.measureTitle ?? ''}.`,
        f.outcome ?? '',
        ...(f.implementedOn ? [`Ingevoerd op ${day('nl', f.implementedOn)}.`] : []),
        ...(f.registrationNumber ? [`Naar aanleiding van: ${f.registrationNumber}`] : []),
        SIGN_OFF.nl,
      ],
    }),
    en: (f) => ({
      subject: `Preventive measure: ${f.measureTitle ?? ''}`,
      blocks: [
        'Dear relationship manager,',
        `A preventive measure has been implemented${f.complaintType ? ` against complaints about ${f.complaintType}` : ''}: ${f.measureTitle ?? ''}.`,
        f.outcome ?? '',
        ...(f.implementedOn ? [`In effect from ${day('en', f.implementedOn)}.`] : []),
        ...(f.registrationNumber ? [`Prompted by: ${f.registrationNumber}`] : []),
        SIGN_OFF.en,
      ],
    }),
  },
};

const present = (block: Block) => typeof block !== 'string' || block.trim() !== '';

function toText(blocks: Block[]): string {
  return blocks
    .filter(present)
    .map((block) => (typeof block === 'string' ? block : `${block.label}\n${block.url}`))
    .join('\n\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function toHtml(template: Template, locale: MessageLocale): string {
  const paragraphs = template.blocks
    .filter(present)
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`
        : `<p>${escapeHtml(block.label)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`,
    );
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(template.subject)}</title></head><body>${paragraphs.join('')}</body></html>`;
}

/** Renders a message in Dutch or English: subject and the plain-text body stored with it. */
export function renderMessage(
  template: OutboxTemplate,
  locale: MessageLocale,
  facts: MessageFacts,
): { subject: string; body: string } {
  const composed = TEMPLATES[template][locale](facts);
  return { subject: composed.subject, body: toText(composed.blocks) };
}

/** Renders the mail itself: subject, plain text and HTML, all from the same template. */
export function renderMail(
  template: OutboxTemplate,
  locale: MessageLocale,
  facts: MessageFacts,
): { subject: string; text: string; html: string } {
  const composed = TEMPLATES[template][locale](facts);
  return { subject: composed.subject, text: toText(composed.blocks), html: toHtml(composed, locale) };
}

const DATE_FACTS = ['acknowledgementDueAt', 'resolutionDueAt', 'previousDueAt'] as const;

/** The facts as stored in an outbox row's `data` (dates as ISO strings). */
export function factsToData(facts: MessageFacts): MessageData {
  const data: MessageData = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value === undefined || value === null) continue;
    data[key] = value instanceof Date ? value.toISOString() : String(value);
  }
  return data;
}

/** The facts back from an outbox row's `data`; null for rows queued before facts were stored. */
export function factsFromData(data: MessageData): MessageFacts | null {
  const { registrationNumber, kind } = data;
  if (registrationNumber === undefined || (kind !== 'COMPLAINT' && kind !== 'SUGGESTION' && kind !== 'COMPLIMENT'))
    return null;
  const facts: MessageFacts = { registrationNumber, kind };
  for (const key of DATE_FACTS) if (data[key]) facts[key] = new Date(data[key]);
  for (const key of ['reason', 'outcome', 'satisfactionUrl', 'measureTitle', 'complaintType', 'implementedOn'] as const)
    if (data[key] !== undefined) facts[key] = data[key];
  return facts;
}
