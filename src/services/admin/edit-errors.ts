// Two refinements of the closed error set for editing forms. They keep their
// parent's id (and so their HTTP status), and add what a form needs to show
// the problem where it belongs.
import type { ErrorMessageKey } from '../../i18n/index.js';
import { Conflict, Invalid } from '../errors.js';
import type { ErrorValues } from '../errors.js';

/** Someone saved the same thing after this form was opened; nothing was changed. */
export class StaleEdit extends Conflict {}

/** A value the service refuses, for one field of the form. */
export class FieldProblem extends Invalid {
  constructor(
    readonly field: string,
    /** A message key of the admin catalogue, under `error.`: the short text beside the field. */
    readonly problem: string,
    key: ErrorMessageKey,
    values?: ErrorValues,
  ) {
    super(key, values);
  }
}
