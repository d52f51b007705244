/** Input limits of the submission form, shared by the server's validation and the web form. */
export const FEEDBACK_LIMITS = {
  description: { min: 10, max: 5000 },
  name: { min: 1, max: 200 },
  email: { max: 254 },
  title: { max: 200 },
  note: { max: 2000 },
} as const;

// NUL and other C0 controls except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether text holds NUL or other control characters (tab and line breaks are fine). */
export const containsControlCharacters = (text: string): boolean => CONTROL.test(text);
