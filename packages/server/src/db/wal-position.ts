/**
 * A position in PostgreSQL's write-ahead log (an LSN), as PostgreSQL prints it: two hexadecimal
 * numbers of up to 32 bits each, `16/B374D848`. As a bigint so positions compare and subtract.
 */
export type WalPosition = bigint;

const LSN_TEXT = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** `16/B374D848` → its position; null for anything else (a client's header is not trusted to be one). */
export function parseWalPosition(text: string | null | undefined): WalPosition | null {
  const match = LSN_TEXT.exec(text?.trim() ?? '');
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** The position as PostgreSQL prints it (upper-case hexadecimal, no leading zeros). */
export function formatWalPosition(position: WalPosition): string {
  return `${(position >> 32n).toString(16).toUpperCase()}/${(position & 0xffffffffn).toString(16).toUpperCase()}`;
}
