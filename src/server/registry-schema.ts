// The registry JSON Schema as an editor aid: which keys are allowed where, what they mean, and
// which values are suggested. Bundled into the server so it is always the schema it shipped with.
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };

export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  $ref?: string;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  required?: string[];
}

const ROOT = registrySchema as unknown as SchemaNode & { definitions?: Record<string, SchemaNode>; $defs?: Record<string, SchemaNode> };

function deref(node: SchemaNode | undefined, depth = 0): SchemaNode | undefined {
  if (!node || depth > 16) return node;
  if (node.$ref) {
    const name = node.$ref.replace(/^#\/(definitions|\$defs)\//, '');
    const target = ROOT.definitions?.[name] ?? ROOT.$defs?.[name];
    // Keep the referring node's own description: it is the more specific one.
    return deref({ ...target, ...node, $ref: undefined, description: node.description ?? target?.description }, depth + 1);
  }
  const parts = [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  if (parts.length === 0) return node;
  let merged: SchemaNode = { ...node, allOf: undefined, anyOf: undefined, oneOf: undefined };
  for (const part of parts) {
    const p = deref(part, depth + 1) ?? {};
    merged = {
      ...p,
      ...merged,
      properties: { ...(p.properties ?? {}), ...(merged.properties ?? {}) },
      patternProperties: { ...(p.patternProperties ?? {}), ...(merged.patternProperties ?? {}) },
      description: merged.description ?? p.description,
      examples: merged.examples ?? p.examples,
      enum: merged.enum ?? p.enum,
      items: merged.items ?? p.items,
    };
  }
  return merged;
}

/** The schema node of the value at a key path; '[]' steps into an array's items. */
export function schemaAt(path: string[]): SchemaNode | undefined {
  let node = deref(ROOT);
  for (const step of path) {
    if (!node) return undefined;
    if (step === '[]') {
      node = deref(node.items);
      continue;
    }
    const direct = node.properties?.[step];
    if (direct) {
      node = deref(direct);
      continue;
    }
    const pattern = Object.entries(node.patternProperties ?? {}).find(([re]) => safeTest(re, step));
    if (pattern) node = deref(pattern[1]);
    else node = typeof node.additionalProperties === 'object' ? deref(node.additionalProperties) : undefined;
  }
  return node;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/** Keys a mapping at `path` may hold, with their descriptions. Percentile patterns become p10..p99. */
export function keysAt(path: string[]): Array<{ key: string; description?: string; required: boolean; node: SchemaNode }> {
  const node = schemaAt(path);
  if (!node) return [];
  const out: Array<{ key: string; description?: string; required: boolean; node: SchemaNode }> = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const resolved = deref(child) ?? child;
    out.push({ key, description: resolved.description, required: node.required?.includes(key) ?? false, node: resolved });
  }
  for (const [pattern, child] of Object.entries(node.patternProperties ?? {})) {
    if (pattern.startsWith('^p(')) {
      for (const rank of [10, 25, 50, 75, 90, 95, 99]) out.push({ key: `p${rank}`, description: child.description, required: false, node: child });
    }
  }
  return out;
}

/** Suggested values for a key's value: enum, const, examples. */
export function valuesAt(path: string[]): string[] {
  const node = schemaAt(path);
  if (!node) return [];
  const values = [...(node.enum ?? []), ...(node.const !== undefined ? [node.const] : []), ...(node.examples ?? [])];
  return [...new Set(values.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String))];
}
