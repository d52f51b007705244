const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id of ours; a malformed id is simply "not found", never a database error. */
export const isUuid = (value: string): boolean => UUID.test(value);
