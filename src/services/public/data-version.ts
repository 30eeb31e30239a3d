// The version of the data the public site shows, which moves with every
// change to the model; the response cache keeps a page only as long as the
// version it was made from is current. How it is read is the repository's
// (public-data-version.ts); this is the public side's one way to ask.
import { readDataVersion } from '../../db/repositories/public-data-version.js';
import type { Db } from '../database.js';

export function readPublicDataVersion(db: Db): Promise<string> {
  return readDataVersion(db);
}
