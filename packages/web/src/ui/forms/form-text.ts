/** A form field's text, '' when it is missing or holds a file (no field of ours does). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
