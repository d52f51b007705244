import { describe, expect, it } from 'vitest';
import { renderMail } from './templates.js';

describe('message templates', () => {
  // Received Friday 2026-04-24; five working days, King's Day Monday the 27th skipped → due end of
  // Monday 2026-05-04 in Amsterdam, which is 21:59 UTC (summer time).
  const dueAt = new Date('2026-05-04T21:59:59.999Z');

  it('writes the due day of an acknowledgement as a day, in Dutch, on the Amsterdam calendar', () => {
    const mail = renderMail('ACKNOWLEDGEMENT', 'nl', {
      registrationNumber: 'SKC-2026-000042',
      kind: 'COMPLAINT',
      resolutionDueAt: dueAt,
    });
    expect(mail.subject).toBe('Ontvangstbevestiging SKC-2026-000042');
    expect(mail.text).toContain('De standaard doorlooptijd loopt tot en met ma 4 mei 2026;');
    expect(mail.html).toContain('tot en met ma 4 mei 2026;');
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes both days of an extension notice in English, not as ISO dates', () => {
    const mail = renderMail('EXTENSION_NOTICE', 'en', {
      registrationNumber: 'SKC-2026-000042',
      kind: 'COMPLAINT',
      previousDueAt: dueAt,
      resolutionDueAt: new Date('2026-05-07T21:59:59.999Z'),
      reason: 'Parts are on back order.',
    });
    expect(mail.text).toContain(
      'Handling SKC-2026-000042 takes longer than agreed (Mon 4 May 2026). The new date is Thu 7 May 2026.',
    );
  });

  it('writes the day a measure took effect as a day', () => {
    const mail = renderMail('MEASURE_COMMUNICATED', 'nl', {
      registrationNumber: 'SKC-2026-000042',
      kind: 'COMPLAINT',
      measureTitle: 'Terugbellen na vijf minuten',
      implementedOn: '2026-05-01',
    });
    expect(mail.text).toContain('Ingevoerd op vr 1 mei 2026.');
  });
});
