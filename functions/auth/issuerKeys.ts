import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';

export const signingAlgorithm = 'ES256';
const privateKeyFile = 'issuer-private.pem';
const publicKeyFile = 'issuer-public.jwk.json';

export interface IssuerKeys {
  privateKey: CryptoKey;
  /** Published at the JWKS endpoint; its `kid` is the RFC 7638 thumbprint. */
  publicJwk: JWK;
}

/** Loads the local issuer's key pair from `keyDir`, or creates and saves one, so tokens survive restarts. */
export const loadOrCreateKeys = async (keyDir: string): Promise<IssuerKeys> => {
  try {
    const [pem, jwkText] = await Promise.all([readFile(join(keyDir, privateKeyFile), 'utf8'), readFile(join(keyDir, publicKeyFile), 'utf8')]);
    const publicJwk = JSON.parse(jwkText) as JWK;
    await importJWK(publicJwk, signingAlgorithm);
    return { privateKey: await importPKCS8(pem, signingAlgorithm), publicJwk };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(signingAlgorithm, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const publicJwk: JWK = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: signingAlgorithm, use: 'sig' };
  await mkdir(keyDir, { recursive: true });
  await writeFile(join(keyDir, privateKeyFile), await exportPKCS8(privateKey), { mode: 0o600 });
  await writeFile(join(keyDir, publicKeyFile), `${JSON.stringify(publicJwk, null, 2)}\n`);
  return { privateKey, publicJwk };
};
