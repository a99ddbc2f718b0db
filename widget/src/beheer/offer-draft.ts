/** Reading and writing one field of an offer being edited, by its path (`contact.phone`, `locations.0.address.street`). */

type Json = Record<string, unknown>;

export function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Json)[key] : undefined), root);
}

/** A copy of `root` with the field at `path` set (undefined removes it), creating objects on the way. */
export function withValue<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  const container: Json | unknown[] = Array.isArray(root) ? [...root] : { ...(root as Json) };
  const current = (container as Json)[key!];
  const next = rest.length ? withValue(current ?? (/^\d+$/.test(rest[0]!) ? [] : {}), rest.join('.'), value) : value;
  if (next === undefined && !Array.isArray(container)) delete (container as Json)[key!];
  else (container as Json)[key!] = next;
  return container as T;
}

/** Lines of a text area as a list, empty lines left out. */
export const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);
