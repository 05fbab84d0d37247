import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules.js';
import { DEFAULT_CLIENT_SETTINGS, SERVER_COMMANDS, ShowReferencesCommand } from '../../../src/server/protocol.js';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const source = (file: string) => readFileSync(path.join(root, 'src/extension', file), 'utf8');

describe('extension manifest', () => {
  it('activates on copy and registry files only, never eagerly', () => {
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:yaml', 'workspaceContains:**/*.registry.yaml']);
  });

  it('targets VS Code 1.100 (the code-server test host is 1.100.3) with @types/vscode no newer', () => {
    expect(pkg.engines.vscode).toBe('^1.100.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('1.100.0');
    expect(pkg.main).toBe('./dist/extension.cjs');
  });

  it('declares limited support for untrusted workspaces and restricts registry paths', () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations).toContain('claimlint.registry');
  });

  const properties = pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>;
  it('every setting has a description and a default', () => {
    for (const [name, p] of Object.entries(properties)) {
      expect(p.description ?? p.markdownDescription, name).toBeTruthy();
      expect(p.default, name).not.toBeUndefined();
    }
  });

  it('setting defaults match the server\'s defaults', () => {
    expect(properties['claimlint.enable'].default).toBe(DEFAULT_CLIENT_SETTINGS.enable);
    expect(properties['claimlint.run'].default).toBe(DEFAULT_CLIENT_SETTINGS.run);
    expect(properties['claimlint.debounceMs'].default).toBe(DEFAULT_CLIENT_SETTINGS.debounceMs);
    expect(properties['claimlint.maxFileSizeKB'].default).toBe(DEFAULT_CLIENT_SETTINGS.maxFileSizeKB);
  });

  it('the severity map offers exactly the engine\'s rule ids', () => {
    const names = (properties['claimlint.severity'].propertyNames as { enum: string[] }).enum;
    expect([...names].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('every contributed command is registered by the extension, and vice versa', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    const registered = [...source('extension.ts').matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]);
    registered.push('claimlint.revealClaim'); // registered through REVEAL_COMMAND
    if (source('show-references.ts').includes('registerCommand(ShowReferencesCommand')) registered.push(ShowReferencesCommand);
    expect(contributed).toEqual([...new Set(registered)].sort());
    // Commands the language client registers for the server must not be contributed twice.
    expect(contributed).not.toContain('claimlint.applyFix');
    expect(contributed).not.toContain('claimlint.createRegistryEntry');
  });

  it('the CodeLens command is the client\'s: contributed, hidden from the palette, never a server command', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    expect(contributed).toContain(ShowReferencesCommand);
    expect(pkg.contributes.menus.commandPalette).toContainEqual({ command: ShowReferencesCommand, when: 'false' });
    // A server command would make the language client register it too, and VS Code refuses the second registration.
    expect(SERVER_COMMANDS).not.toContain(ShowReferencesCommand);
  });

  it('ships its grammars, schema and icon', () => {
    for (const g of pkg.contributes.grammars) expect(() => readFileSync(path.join(root, g.path))).not.toThrow();
    for (const v of pkg.contributes.yamlValidation) expect(v.url).toBe('./schemas/registry.schema.json');
    expect(pkg.icon).toBe('images/icon.png');
    const png = readFileSync(path.join(root, pkg.icon));
    expect(png.readUInt32BE(16)).toBe(128); // IHDR width
    expect(png.readUInt32BE(20)).toBe(128); // IHDR height
  });
});
