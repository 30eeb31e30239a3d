// Fills a catalogue message with its values. Two forms, a small part of ICU
// MessageFormat that translators already know:
//
//   {name}                                    the value as it is
//   {n, plural, one {# rød} other {# røde}}   the branch for the number's
//                                             plural category in the
//                                             language ("1 rød", "2 røde");
//                                             `=0 {…}` matches exactly; `#`
//                                             is the number
//
// Braces meant as text are quoted the ICU way: '{{name}}' shows {{name}}.
//
// A message is parsed once and kept, since the same few hundred messages are
// filled on every page. A value that is missing leaves its placeholder as
// written, so a forgotten value shows up on the page instead of vanishing.
import type { Lang } from '../domain/number-format.js';

export type MessageValues = Readonly<Record<string, string | number>>;

type Part =
  | string
  | { readonly kind: 'value'; readonly name: string }
  | { readonly kind: 'plural'; readonly name: string; readonly branches: ReadonlyMap<string, readonly Part[]> };

const parsed = new Map<string, readonly Part[]>();
const pluralRules: Record<Lang, Intl.PluralRules> = { da: new Intl.PluralRules('da-DK'), en: new Intl.PluralRules('en-GB') };

export function formatMessage(lang: Lang, message: string, values?: MessageValues, numberText: (n: number) => string = String): string {
  if (!message.includes('{')) return message;
  let parts = parsed.get(message);
  if (!parts) {
    parts = parseMessage(message);
    parsed.set(message, parts);
  }
  return fill(lang, parts, values ?? {}, numberText, null);
}

function fill(lang: Lang, parts: readonly Part[], values: MessageValues, numberText: (n: number) => string, hash: string | null): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += hash === null ? part : part.replaceAll('#', hash);
    } else if (part.kind === 'value') {
      out += part.name in values ? String(values[part.name]) : `{${part.name}}`;
    } else {
      const value = values[part.name];
      const n = typeof value === 'number' ? value : Number(value);
      if (value === undefined || Number.isNaN(n)) {
        out += `{${part.name}}`;
        continue;
      }
      const branch = part.branches.get(`=${n}`) ?? part.branches.get(pluralRules[lang].select(n)) ?? part.branches.get('other') ?? [];
      out += fill(lang, branch, values, numberText, numberText(n));
    }
  }
  return out;
}

/** Parses a message; a message that is not well formed is an error in the catalogue, found by its test. */
export function parseMessage(message: string): readonly Part[] {
  const [parts, end] = parseParts(message, 0, false);
  if (end !== message.length) throw new Error(`Unbalanced braces in the message "${message}".`);
  return parts;
}

function parseParts(text: string, start: number, nested: boolean): [Part[], number] {
  const parts: Part[] = [];
  let literal = '';
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '}') {
      if (!nested) throw new Error(`Unbalanced braces in the message "${text}".`);
      break;
    }
    if (c === "'" && (text[i + 1] === '{' || text[i + 1] === '}')) {
      // ICU quoting, for a message that shows braces itself (the letters'
      // own template syntax): '{{name}}' is literal text. An apostrophe
      // anywhere else is an apostrophe, so "the committee's" needs no care.
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unclosed quote in the message "${text}".`);
      literal += text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c !== '{') {
      literal += c;
      i += 1;
      continue;
    }
    if (literal) parts.push(literal);
    literal = '';
    const [part, next] = parsePlaceholder(text, i + 1);
    parts.push(part);
    i = next;
  }
  if (literal) parts.push(literal);
  return [parts, i];
}

function parsePlaceholder(text: string, start: number): [Part, number] {
  const close = text.indexOf('}', start);
  const comma = text.indexOf(',', start);
  if (close < 0) throw new Error(`Unbalanced braces in the message "${text}".`);
  if (comma < 0 || comma > close) {
    const name = text.slice(start, close).trim();
    if (!/^\w+$/.test(name)) throw new Error(`The placeholder "{${name}}" in "${text}" is not a name.`);
    return [{ kind: 'value', name }, close + 1];
  }
  const name = text.slice(start, comma).trim();
  const kindEnd = text.indexOf(',', comma + 1);
  const kind = kindEnd < 0 ? '' : text.slice(comma + 1, kindEnd).trim();
  if (kind !== 'plural' || !/^\w+$/.test(name)) throw new Error(`Only {name} and {name, plural, …} are understood, in "${text}".`);
  const branches = new Map<string, readonly Part[]>();
  let i = kindEnd + 1;
  for (;;) {
    while (text[i] === ' ') i += 1;
    if (text[i] === '}') break;
    const open = text.indexOf('{', i);
    if (open < 0) throw new Error(`A plural branch in "${text}" has no text.`);
    const selector = text.slice(i, open).trim();
    if (!/^(=\d+|zero|one|two|few|many|other)$/.test(selector)) throw new Error(`"${selector}" is no plural category, in "${text}".`);
    const [parts, end] = parseParts(text, open + 1, true);
    if (text[end] !== '}') throw new Error(`Unbalanced braces in the message "${text}".`);
    branches.set(selector, parts);
    i = end + 1;
  }
  if (!branches.has('other')) throw new Error(`A plural in "${text}" needs an "other" branch.`);
  return [{ kind: 'plural', name, branches }, i + 1];
}
