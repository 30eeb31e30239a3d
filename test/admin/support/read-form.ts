// Reads a form from a page as a browser would submit it: text inputs,
// hidden fields, textareas, the selected option of each select and the
// ticked checkboxes. Enough for the pages Preact renders here.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const decodeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?[\\s/>]`).exec(tag);
  return match ? decodeHtml(match[1] ?? '') : undefined;
};

export function readForm(html: string, action: string): Record<string, string | string[]> {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`No form posts to ${action}.`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string, many: boolean) => {
    if (!many) fields[name] = value;
    else fields[name] = [...[fields[name] ?? []].flat(), value];
  };
  for (const [tag] of form.matchAll(/<input\b(?:[^>"]|"[^"]*")*>/g)) {
    const name = attribute(tag, 'name');
    if (!name || name === '_csrf') continue;
    const type = attribute(tag, 'type') ?? 'text';
    if (type === 'checkbox') {
      if (attribute(tag, 'checked') !== undefined) add(name, attribute(tag, 'value') ?? 'on', true);
    } else {
      add(name, attribute(tag, 'value') ?? '', false);
    }
  }
  for (const [, open, text] of form.matchAll(/<textarea\b((?:[^>"]|"[^"]*")*)>([^<]*)<\/textarea>/g))
    add(attribute(`${open!} `, 'name')!, decodeHtml(text!), false);
  for (const [, open, options] of form.matchAll(/<select\b((?:[^>"]|"[^"]*")*)>(.*?)<\/select>/gs)) {
    const selected = [...options!.matchAll(/<option\b((?:[^>"]|"[^"]*")*)>/g)].find(([, attrs]) => attribute(`${attrs!} `, 'selected') !== undefined);
    const first = /<option\b((?:[^>"]|"[^"]*")*)>/.exec(options!);
    add(attribute(`${open!} `, 'name')!, attribute(`${(selected ?? first)?.[1] ?? ''} `, 'value') ?? '', false);
  }
  return fields;
}

/** The text shown as the problem of a field, if any. */
export function fieldError(html: string, name: string): string | null {
  const match = new RegExp(`id="field-${name}-error"><span class="sr-only">[^<]*</span>([^<]*)</span>`).exec(html);
  return match ? decodeHtml(match[1]!) : null;
}
