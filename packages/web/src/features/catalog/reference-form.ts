import { formText } from '../../ui/forms/form-text';

/** The fields services and complaint types share, read from their form. */
export function toReferenceInput(data: FormData, id: string | null) {
  return {
    id,
    code: formText(data, 'code').trim(),
    name: formText(data, 'name').trim(),
    nameNl: formText(data, 'nameNl').trim(),
    active: data.get('active') === 'on',
  };
}
