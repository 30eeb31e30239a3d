// Signing in as a browser at a given network address would: the sign-in page
// for its CSRF cookie and token, then the form. `headers` adds what a proxy
// in front would send (X-Forwarded-For).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export async function signInFrom(
  app: FastifyInstance,
  remoteAddress: string,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const page = await app.inject({ method: 'GET', url: '/login', remoteAddress, headers });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const cookie = (page.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`).join('; ');
  return app.inject({
    method: 'POST',
    url: '/login',
    remoteAddress,
    headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...credentials }).toString(),
  });
}
