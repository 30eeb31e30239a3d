// The closed set of errors services throw. Each has a stable id, for API
// clients and for the one mapping to an HTTP status (src/http/status-of.ts),
// and says what went wrong as a key of the errors catalogue with its values,
// so a page shows it in its reader's language (`messageIn`). `message` is
// the English text, for the log, the CLI (which speaks English) and the
// API's `message`.
import { t } from '../i18n/index.js';
import type { ErrorMessageKey, Lang, MessageKey } from '../i18n/index.js';

export type ServiceErrorId = 'not_found' | 'forbidden' | 'invalid' | 'conflict';

/**
 * A value of an error message. `{ key }` names a thing with a catalogue key
 * ("action plan" / "handleplanen"), and `{ da, en }` is a text already
 * written in both languages, so either follows the reader's language like
 * the sentence around it.
 */
export type ErrorValue = string | number | { readonly key: MessageKey } | { readonly da: string; readonly en: string };
export type ErrorValues = Readonly<Record<string, ErrorValue>>;

function messageOf(lang: Lang, key: ErrorMessageKey, values: ErrorValues): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'object') filled[name] = value;
    else filled[name] = 'key' in value ? t(lang, value.key) : value[lang];
  }
  return t(lang, key, filled);
}

export class ServiceError extends Error {
  constructor(
    readonly id: ServiceErrorId,
    readonly key: ErrorMessageKey,
    readonly values: ErrorValues = {},
  ) {
    super(messageOf('en', key, values));
  }

  /** What went wrong, in the reader's language. */
  messageIn(lang: Lang): string {
    return messageOf(lang, this.key, this.values);
  }
}

export class NotFound extends ServiceError {
  constructor(key: ErrorMessageKey, values?: ErrorValues) {
    super('not_found', key, values);
  }
}

export class Forbidden extends ServiceError {
  constructor(key: ErrorMessageKey, values?: ErrorValues) {
    super('forbidden', key, values);
  }
}

export class Invalid extends ServiceError {
  constructor(key: ErrorMessageKey, values?: ErrorValues) {
    super('invalid', key, values);
  }
}

export class Conflict extends ServiceError {
  constructor(key: ErrorMessageKey, values?: ErrorValues) {
    super('conflict', key, values);
  }
}
