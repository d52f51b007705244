import { describe, expect, it } from 'vitest';
import { PRIMARY_ONLY } from '../db/replicas.js';
import { clientPosition } from './read-routing.js';

describe('the position a client reads after', () => {
  it('is none for a client that sent none: any replica in time will do', () => {
    expect(clientPosition(undefined, undefined)).toEqual({ replicas: true, notBefore: null });
    expect(clientPosition(undefined, 'theme=dark; other=1')).toEqual({ replicas: true, notBefore: null });
  });

  it('comes from the header (API clients) or the cookie (the web app), the later of the two', () => {
    expect(clientPosition('0/3000148', undefined)).toEqual({ replicas: true, notBefore: 0x3000148n });
    expect(clientPosition(undefined, 'a=b; klankbord_read_after=1/0')).toEqual({
      replicas: true,
      notBefore: 1n << 32n,
    });
    expect(clientPosition('0/5', 'klankbord_read_after=0/9')).toEqual({ replicas: true, notBefore: 9n });
  });

  it('sends a client with a value that is no position to the primary, without failing its request', () => {
    expect(clientPosition('yesterday', undefined)).toBe(PRIMARY_ONLY);
    expect(clientPosition(undefined, 'klankbord_read_after=%27')).toBe(PRIMARY_ONLY);
  });
});
