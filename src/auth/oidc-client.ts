// The OpenID Connect relying party, on openid-client: the authorization code
// flow with PKCE, state and nonce. The provider's metadata is discovered on
// first use (and again after a failure), so Barometer starts even while the
// provider is unreachable.
import * as oidc from 'openid-client';

export interface OidcClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  /** The callback address registered at the provider. */
  readonly redirectUri: string;
}

export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface OidcClient {
  readonly issuer: string;
  /** Where to send the browser, and what to keep until it comes back. */
  begin(): Promise<{ url: URL; pending: PendingSignIn }>;
  /** The claims of the ID token, with the user-info claims where the provider offers them. */
  complete(callbackUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>>;
}

// Plain HTTP is refused except for a provider on this machine (development
// and the tests' own provider): everywhere else tokens travel over TLS only.
function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function createOidcClient(settings: OidcClientSettings): OidcClient {
  let configuration: Promise<oidc.Configuration> | null = null;
  const discover = () => {
    const issuer = new URL(settings.issuer);
    const auth = settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None();
    const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [];
    configuration ??= oidc.discovery(issuer, settings.clientId, undefined, auth, { execute }).catch((error: unknown) => {
      configuration = null;
      throw error;
    });
    return configuration;
  };

  return {
    issuer: settings.issuer,
    async begin() {
      const config = await discover();
      const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, pending };
    },
    async complete(callbackUrl, pending) {
      const config = await discover();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('The identity provider sent no ID token.');
      let userInfo: Record<string, unknown> = {};
      if (config.serverMetadata().userinfo_endpoint) {
        userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      }
      // The signed ID token has the last word where both carry a claim.
      return { ...userInfo, ...idClaims };
    },
  };
}
