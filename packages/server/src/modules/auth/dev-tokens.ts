import { jwtVerify, SignJWT } from 'jose';

/** Issuer of the tokens dev mode hands out for the seeded demo people. */
export const DEV_TOKEN_ISSUER = 'klankbord-dev';

/** Signs a short-lived token for a demo person (dev mode only). */
export async function issueDevToken(personId: string, secret: Uint8Array): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(DEV_TOKEN_ISSUER)
    .setSubject(personId)
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(secret);
}

/** The person id of a valid dev token; throws when the token is not one. */
export async function verifyDevToken(token: string, secret: Uint8Array): Promise<string> {
  const { payload } = await jwtVerify(token, secret, { issuer: DEV_TOKEN_ISSUER, algorithms: ['HS256'] });
  if (!payload.sub) throw new Error('dev token without subject');
  return payload.sub;
}
