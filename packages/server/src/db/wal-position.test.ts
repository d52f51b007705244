import { describe, expect, it } from 'vitest';
import { formatWalPosition, parseWalPosition } from './wal-position.js';

describe('WAL positions', () => {
  it('reads PostgreSQL’s notation and writes it back', () => {
    expect(parseWalPosition('0/3000148')).toBe(0x3000148n);
    expect(parseWalPosition('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(formatWalPosition(parseWalPosition('16/b374d848')!)).toBe('16/B374D848');
  });

  it('orders positions across the 32-bit boundary', () => {
    expect(parseWalPosition('1/0')! > parseWalPosition('0/FFFFFFFF')!).toBe(true);
  });

  it.each(['', 'latest', '0/', '/1', '1/2/3', '123456789/0', '0/3000148; drop table x', '-1/0'])(
    'refuses %o',
    (text) => {
      expect(parseWalPosition(text)).toBeNull();
    },
  );
});
