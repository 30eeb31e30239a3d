// The parts of a JSON-stat 2.0 dataset an import reads: dimensions in order
// with their categories (code, label, position) and the values and statuses
// by flat index. Checked by hand rather than with a schema, because the
// format allows several spellings (index as array or object, value and
// status as array or sparse object) that all mean the same thing.

export interface JsonStatCategory {
  readonly code: string;
  readonly label: string;
}

export interface JsonStatDimension {
  readonly id: string;
  readonly label: string;
  /** Categories in index order. */
  readonly categories: readonly JsonStatCategory[];
}

export interface JsonStatDataset {
  readonly dimensions: readonly JsonStatDimension[];
  readonly size: number;
  value(index: number): unknown;
  status(index: number): string | null;
}

type Json = Record<string, unknown>;

// A sparse dataset can claim dimensions far larger than its values; walking them all would never end.
const MAX_OBSERVATIONS = 20_000_000;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function readCategories(dimension: Json, size: number): JsonStatCategory[] | string {
  const category = dimension.category;
  if (!isObject(category)) return 'has no category';
  const labels = isObject(category.label) ? (category.label as Record<string, unknown>) : {};
  let codes: string[];
  if (Array.isArray(category.index)) codes = category.index.map(String);
  else if (isObject(category.index)) {
    codes = [];
    for (const [code, position] of Object.entries(category.index)) {
      if (typeof position !== 'number' || position < 0 || position >= size) return `puts category "${code}" at an impossible position`;
      codes[position] = code;
    }
  } else codes = Object.keys(labels); // the index may be left out when there is one category
  if (codes.length !== size || codes.some((c) => c === undefined)) return `has ${codes.length} categories but size ${size}`;
  return codes.map((code) => ({ code, label: typeof labels[code] === 'string' ? (labels[code] as string) : code }));
}

function byIndex<T>(data: unknown, read: (v: unknown) => T, fallback: T): (index: number) => T {
  if (Array.isArray(data)) return (i) => (i < data.length ? read(data[i]) : fallback);
  if (isObject(data)) return (i) => (String(i) in data ? read(data[String(i)]) : fallback);
  return () => fallback;
}

/** The dataset, or why the JSON is not a JSON-stat 2.0 dataset. */
export function readJsonStatDataset(json: unknown): { ok: true; dataset: JsonStatDataset } | { ok: false; reason: string } {
  if (!isObject(json)) return { ok: false, reason: 'The file is not a JSON object.' };
  if (json.class !== 'dataset' || typeof json.version !== 'string' || !json.version.startsWith('2.')) {
    return { ok: false, reason: 'The file is not a JSON-stat 2.0 dataset (version "2.0", class "dataset").' };
  }
  const ids = json.id;
  const sizes = json.size;
  if (!Array.isArray(ids) || !Array.isArray(sizes) || ids.length !== sizes.length || !isObject(json.dimension)) {
    return { ok: false, reason: 'The dataset must list its dimensions in "id", their sizes in "size", and describe them in "dimension".' };
  }
  const dimensions: JsonStatDimension[] = [];
  for (const [i, id] of ids.entries()) {
    const dimension = (json.dimension as Json)[String(id)];
    const size = sizes[i];
    if (!isObject(dimension) || typeof size !== 'number') return { ok: false, reason: `The dimension "${String(id)}" is not described.` };
    const categories = readCategories(dimension, size);
    if (typeof categories === 'string') return { ok: false, reason: `The dimension "${String(id)}" ${categories}.` };
    dimensions.push({ id: String(id), label: typeof dimension.label === 'string' ? dimension.label : String(id), categories });
  }
  const size = dimensions.reduce((product, d) => product * d.categories.length, 1);
  if (size > MAX_OBSERVATIONS) return { ok: false, reason: `The dataset's dimensions make ${size} observations; Barometer reads at most ${MAX_OBSERVATIONS}.` };
  if (Array.isArray(json.value) && json.value.length !== size) {
    return { ok: false, reason: `The dataset has ${json.value.length} values where its dimensions make ${size}.` };
  }
  if (!Array.isArray(json.value) && !isObject(json.value)) return { ok: false, reason: 'The dataset has no values.' };
  const status = typeof json.status === 'string' ? () => json.status as string : byIndex(json.status, (v) => (typeof v === 'string' ? v : null), null);
  return { ok: true, dataset: { dimensions, size, value: byIndex(json.value, (v) => v, null), status } };
}
