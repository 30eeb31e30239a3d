// A submission's fields are stored as a JSON object of strings; reading one
// back never trusts the shape blindly.

export function parseFields(json: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') fields[key] = value;
  return fields;
}
