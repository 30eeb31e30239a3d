// The database as the layers above the services see it: a handle that they
// pass to services and never query themselves (lint keeps http/ and views/
// out of db/).
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

export type Db = Kysely<Database>;
