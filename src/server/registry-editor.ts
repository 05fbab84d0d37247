// Editing a registry file: where the cursor is in the YAML structure (read from indentation, so
// it works on half-typed text the parser rejects), key/value completion and key hovers from the
// registry schema.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import { keysAt, schemaAt, valuesAt } from './registry-schema.js';

interface LineShape {
  /** Column where the key (or scalar) starts, after indentation and any "- " markers. */
  content: number;
  /** Column of the innermost "- " marker, if the line starts a sequence item. */
  dash?: number;
  key?: string;
  /** Text after "key:" (trimmed). */
  rest?: string;
  blank: boolean;
}

function shapeOf(line: string): LineShape {
  if (/^\s*(#.*)?$/.test(line)) return { content: 0, blank: true };
  const m = /^(\s*)((?:-\s+)*)/.exec(line)!;
  const indent = m[1].length;
  const dashes = m[2];
  const content = indent + dashes.length;
  const dash = dashes ? indent + dashes.lastIndexOf('-') : undefined;
  const keyMatch = /^((?:"[^"]*"|'[^']*'|[^\s:#][^:#]*?))\s*:(?:\s+(.*)|\s*)$/.exec(line.slice(content));
  if (!keyMatch) return { content, dash, blank: false };
  return { content, dash, key: keyMatch[1].replace(/^["']|["']$/g, ''), rest: (keyMatch[2] ?? '').trim(), blank: false };
}

export interface CursorContext {
  /** Key path of the mapping the cursor is in ('[]' = an item of a list). */
  path: string[];
  /** 'key': typing a key; 'value': typing the value of `key`. */
  mode: 'key' | 'value';
  key?: string;
  /** The partial word before the cursor. */
  prefix: string;
}

/** Key path of the mapping that holds line `lineNo` at column `column`, from indentation. */
function parentPath(lines: string[], lineNo: number, column: number, startsItem: boolean, dashColumn?: number): string[] {
  const path: string[] = [];
  // Half-columns let a parent key sit at the same column as its list's dashes ("entries:\n- id").
  let limit = column;
  if (startsItem && dashColumn !== undefined) {
    path.push('[]');
    limit = dashColumn + 0.5;
  }
  for (let i = lineNo - 1; i >= 0 && limit > 0; i--) {
    const shape = shapeOf(lines[i]);
    if (shape.blank) continue;
    if (shape.dash !== undefined && shape.content === limit && shape.dash < limit) {
      // A sibling key that opened this list item: the mapping is an item of a list.
      path.push('[]');
      limit = shape.dash + 0.5;
      continue;
    }
    if (shape.content < limit && shape.key !== undefined) {
      path.push(shape.key);
      limit = shape.content;
      if (shape.dash !== undefined) {
        path.push('[]');
        limit = shape.dash + 0.5;
      }
      continue;
    }
    if (shape.content < limit && shape.dash !== undefined) {
      path.push('[]');
      limit = shape.dash + 0.5;
    }
  }
  return path.reverse();
}

export function cursorContext(text: string, position: Position): CursorContext {
  const lines = text.split(/\r?\n/);
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const shape = shapeOf(line);
  const valueMatch = /^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s:#][^:#]*?))\s*:\s+(?:\[?\s*(?:[^,\]]*,\s*)*)?([^\s,\][]*)$/.exec(before);
  if (valueMatch) {
    const key = valueMatch[2].replace(/^["']|["']$/g, '');
    const content = valueMatch[1].length;
    const dash = shape.dash;
    const path = parentPath(lines, position.line, content, dash !== undefined, dash);
    return { path, mode: 'value', key, prefix: valueMatch[3] };
  }
  const keyMatch = /^(\s*)((?:-\s+)*)([\w.-]*)$/.exec(before);
  const content = keyMatch ? keyMatch[1].length + keyMatch[2].length : shape.content;
  const dash = keyMatch && keyMatch[2] ? keyMatch[1].length + keyMatch[2].lastIndexOf('-') : undefined;
  return { path: parentPath(lines, position.line, content, dash !== undefined, dash), mode: 'key', prefix: keyMatch?.[3] ?? '' };
}

/** Completion for a registry file: schema keys where a key goes, units/enums/examples for values. */
export function registryCompletions(text: string, position: Position): CompletionItem[] {
  const context = cursorContext(text, position);
  if (context.mode === 'value' && context.key) {
    const path = [...context.path, context.key];
    const node = schemaAt(path);
    const values = valuesAt(path);
    const arrayValues = node?.items ? valuesAt([...path, '[]']) : [];
    return [...values, ...arrayValues].map((value, i) => ({
      label: value,
      kind: CompletionItemKind.Value,
      detail: context.key === 'unit' ? 'unit' : context.key,
      documentation: node?.description ? { kind: MarkupKind.Markdown, value: node.description } : undefined,
      sortText: String(i).padStart(4, '0'),
    }));
  }
  return keysAt(context.path).map(({ key, description, required, node }) => {
    const isObject = node.type === 'object' || !!node.properties || !!node.patternProperties;
    const isArray = node.type === 'array' || !!node.items;
    return {
      label: key,
      kind: CompletionItemKind.Property,
      detail: required ? 'required' : context.path.at(-1) === 'evidence' ? 'statistic' : undefined,
      documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
      insertText: isObject ? `${key}:` : isArray && !isObject ? `${key}: [$1]` : `${key}: `,
      insertTextFormat: isArray && !isObject ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      sortText: `${required ? '0' : '1'}${key}`,
    };
  });
}

/** Hover on a key in a registry file: the schema's description of that key. */
export function registryKeyHover(text: string, position: Position): Hover | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines[position.line] ?? '';
  const shape = shapeOf(line);
  if (shape.key === undefined) return undefined;
  const keyStart = line.indexOf(shape.key, shape.content);
  const keyEnd = keyStart + shape.key.length;
  if (position.character < keyStart || position.character > keyEnd) return undefined;
  const path = [...parentPath(lines, position.line, shape.content, shape.dash !== undefined, shape.dash), shape.key];
  const node = schemaAt(path);
  if (!node?.description) return undefined;
  const examples = valuesAt(path).slice(0, 12);
  const value = `**${shape.key}** — ${node.description}` + (examples.length ? `\n\nValues: ${examples.map((e) => `\`${e}\``).join(', ')}` : '');
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: { line: position.line, character: keyStart }, end: { line: position.line, character: keyEnd } },
  };
}
