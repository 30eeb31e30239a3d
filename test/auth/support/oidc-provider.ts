// A real OpenID Connect provider (the `oidc-provider` package) on a free local
// port, with people whose claims the test chooses, and a hand that goes
// through its sign-in and consent pages the way a person's browser would.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestIdentity {
  email: string;
  /** Left out, the provider sends no such claim (as Entra ID does not). */
  email_verified?: boolean;
  name: string;
  roles: string[];
}

export interface LocalOidcProvider {
  readonly issuer: string;
  readonly people: Map<string, TestIdentity>;
  /**
   * Follows the provider's pages from the authorization address, signing in
   * as `accountId` and consenting, until it is sent back to `redirectBase`;
   * returns that address.
   */
  signIn(authorizationUrl: string, accountId: string, redirectBase: string): Promise<URL>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startOidcProvider(client: { clientId: string; clientSecret: string; redirectUri: string }): Promise<LocalOidcProvider> {
  const issuer = `http://127.0.0.1:${await freePort()}`;
  const people = new Map<string, TestIdentity>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    // Like Entra ID: the claims travel in the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: ['a key for this test only'] },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, id) => {
      const person = people.get(id);
      return person ? { accountId: id, claims: async () => ({ sub: id, ...person }) } : undefined;
    },
  });
  const server = provider.listen(Number(new URL(issuer).port));
  await new Promise<void>((resolve) => server.once('listening', resolve));

  async function signIn(authorizationUrl: string, accountId: string, redirectBase: string): Promise<URL> {
    const jar = new Map<string, string>();
    const send = async (url: string, form?: Record<string, string>) => {
      const response = await fetch(new URL(url, issuer), {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair!.split('=');
        jar.set(name!, value.join('='));
      }
      return response;
    };
    let response = await send(authorizationUrl);
    for (let step = 0; step < 12; step += 1) {
      const location = response.headers.get('location');
      if (location?.startsWith(redirectBase)) return new URL(location);
      if (location) {
        response = await send(location);
        continue;
      }
      const page = await response.text();
      const action = new URL(response.url).pathname;
      if (/name="login"/.test(page)) response = await send(action, { prompt: 'login', login: accountId, password: 'not checked' });
      else if (/value="consent"/.test(page)) response = await send(action, { prompt: 'consent' });
      else throw new Error(`Unexpected page from the provider (${response.status}): ${page.slice(0, 300)}`);
    }
    throw new Error('The provider never sent the browser back.');
  }

  return {
    issuer,
    people,
    signIn,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
