/** Input limits of the submission form, shared by the server's validation and the web form. */
export const FEEDBACK_LIMITS = {
  description: { min: 10, max: 5000 },
  name: { min: 1, max: 200 },
  email: { max: 254 },
  title: { max: 200 },
  note: { max: 2000 },
} as const;
