// What every release screen needs first: the release named in the address,
// where to go back to, and who may deliver what.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isSecretariat } from '../../../../domain/permissions.js';
import { findDeliveryScope } from '../../../../services/releases/delivery-scope.js';
import { getRelease } from '../../../../services/releases/get-release.js';
import type { Release } from '../../../../services/releases/release-model.js';
import { idParam } from '../route-params.js';
import { signedInUser } from '../../../signed-in.js';
import { t } from '../../../../i18n/index.js';

export interface ReleaseRoutesOptions {
  readonly now: () => Date;
}

/** The release named in the address; NotFound (404) when there is none. */
export const releaseOf = (app: FastifyInstance, request: FastifyRequest): Promise<Release> => getRelease(app.db, idParam(request.params));

export const scopeOf = (app: FastifyInstance, request: FastifyRequest, release: Release) => findDeliveryScope(app.db, signedInUser(request), release.policyId);

/** Where a person goes back to from an import or figure screen: the release for the secretariat, the supplier view otherwise. */
export const backHref = (request: FastifyRequest, releaseId: number) =>
  isSecretariat(signedInUser(request)) ? `/admin/releases/${releaseId}` : '/admin/supplier';

/** The link back, with the words for where it goes. */
export const backLink = (request: FastifyRequest, releaseId: number) => ({
  href: backHref(request, releaseId),
  label: t(signedInUser(request).language, isSecretariat(signedInUser(request)) ? 'release.backToRelease' : 'supplier.back'),
});

export function queryOf(request: FastifyRequest): Record<string, string> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
