// Writes the VS Code manifest fields of package.json (and only those keys), so the manifest is
// reviewed here as code and re-applied without touching fields other engineers own.
// Usage: node scripts/vscode/set-manifest.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkgPath = path.join(root, 'package.json');

const RULE_IDS = [
  'claim/contradicted', 'claim/unsubstantiated', 'claim/stale', 'claim/needs-qualifier', 'claim/supported',
  'registry/syntax', 'registry/schema', 'registry/unknown-unit', 'registry/duplicate-id', 'registry/missing-evidence',
  'registry/contradictory-evidence', 'registry/expired', 'config/invalid', 'document/parse', 'document/limit',
  'directive/unused', 'directive/malformed', 'directive/missing-reason',
];
// Keep in sync with PROBLEM_LINE_PATTERN in src/extension/problem-lines.ts (a unit test checks).
const PROBLEM_LINE_PATTERN = '^(.+?):(\\d+):(\\d+)-(\\d+):(\\d+): (error|warning|info) ([a-z]+/[a-z-]+) (.*)$';
const REGISTRY_GLOBS = ['*.registry.yaml', '*.registry.yml', 'claims-registry.yaml'];

const manifest = {
  icon: 'images/icon.png',
  categories: ['Linters', 'Other'],
  galleryBanner: { color: '#1f2a44', theme: 'dark' },
  repository: { type: 'git', url: 'https://github.com/claimlint/claimlint.git' },
  activationEvents: ['onLanguage:markdown', 'onLanguage:yaml', 'workspaceContains:**/*.registry.yaml'],
  capabilities: {
    virtualWorkspaces: { supported: false, description: 'claimlint reads registry and config files from disk.' },
    untrustedWorkspaces: {
      supported: 'limited',
      description:
        'claimlint never runs workspace code. In an untrusted workspace, registry paths from workspace settings are ignored and the lint-workspace task is unavailable.',
      restrictedConfigurations: ['claimlint.registry'],
    },
  },
  contributes: {
    configuration: {
      title: 'claimlint',
      properties: {
        'claimlint.enable': {
          type: 'boolean', default: true, scope: 'resource',
          description: 'Check marketing claims in Markdown and YAML files against the registry.',
        },
        'claimlint.run': {
          type: 'string', enum: ['onType', 'onSave'], default: 'onType', scope: 'resource',
          enumDescriptions: ['Check while you type (after `#claimlint.debounceMs#`).', 'Check when a file is opened or saved.'],
          markdownDescription: 'When claims are checked.',
        },
        'claimlint.debounceMs': {
          type: 'number', default: 250, minimum: 0, maximum: 5000, scope: 'resource',
          markdownDescription: 'Milliseconds to wait after the last keystroke before checking (with `#claimlint.run#` = `onType`).',
        },
        'claimlint.registry': {
          type: 'array', items: { type: 'string' }, default: [], scope: 'resource',
          markdownDescription:
            'Registry files or globs, relative to the workspace folder. Empty: the project\'s `claimlint.config.yaml`, else `**/*.registry.yaml`, `**/*.registry.yml` and `**/claims-registry.yaml`.',
        },
        'claimlint.severity': {
          type: 'object', default: {}, scope: 'resource',
          markdownDescription: 'Severity per rule id, overriding the project\'s config, e.g. `{ "claim/unsubstantiated": "info" }`.',
          propertyNames: { enum: RULE_IDS },
          additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'off'] },
        },
        'claimlint.jurisdiction': {
          type: 'string', enum: ['project', 'US', 'UK'], default: 'project', scope: 'resource',
          enumDescriptions: [
            'Use the project\'s config file (US when it names none).',
            'US reading (FTC): "up to" means nearly all customers reach the figure.',
            'UK reading (ASA/CAP): "up to" savings and prices need at least 10% of customers to reach them.',
          ],
          description: 'Whose rules decide how claims are read.',
        },
        'claimlint.maxFileSizeKB': {
          type: 'number', default: 2048, minimum: 1, scope: 'resource',
          description: 'Files larger than this are not checked (one notice is shown instead).',
        },
        'claimlint.trace.server': {
          type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window',
          description: 'Log the messages between VS Code and the claimlint language server in the output channel.',
        },
      },
    },
    commands: [
      { command: 'claimlint.lintWorkspace', title: 'Lint Workspace', category: 'claimlint', icon: '$(checklist)' },
      { command: 'claimlint.openReport', title: 'Open Claims Report', category: 'claimlint', icon: '$(preview)' },
      { command: 'claimlint.newRegistryEntry', title: 'Create Registry Entry for Claim', category: 'claimlint', icon: '$(new-file)' },
      { command: 'claimlint.showOutput', title: 'Show Output', category: 'claimlint' },
      { command: 'claimlint.restartServer', title: 'Restart Language Server', category: 'claimlint' },
      { command: 'claimlint.claims.showWorkspace', title: 'Show Workspace Claims', category: 'claimlint', icon: '$(folder-library)' },
      { command: 'claimlint.claims.showFile', title: 'Show Current File\'s Claims', category: 'claimlint', icon: '$(file)' },
      { command: 'claimlint.claims.refresh', title: 'Refresh Claims', category: 'claimlint', icon: '$(refresh)' },
      { command: 'claimlint.revealClaim', title: 'Reveal Claim', category: 'claimlint' },
      { command: 'claimlint.showReferences', title: 'Show Claims Using This Entry', category: 'claimlint' },
    ],
    menus: {
      commandPalette: [
        { command: 'claimlint.lintWorkspace', when: 'isWorkspaceTrusted && workspaceFolderCount > 0' },
        { command: 'claimlint.openReport', when: 'workspaceFolderCount > 0' },
        { command: 'claimlint.newRegistryEntry', when: 'editorLangId == markdown || editorLangId == yaml' },
        { command: 'claimlint.revealClaim', when: 'false' },
        { command: 'claimlint.claims.showWorkspace', when: 'claimlint.claimsScope == file' },
        { command: 'claimlint.claims.showFile', when: 'claimlint.claimsScope == workspace' },
        { command: 'claimlint.showReferences', when: 'false' },
      ],
      'view/title': [
        { command: 'claimlint.claims.showWorkspace', when: 'view == claimlint.claims && claimlint.claimsScope == file', group: 'navigation@1' },
        { command: 'claimlint.claims.showFile', when: 'view == claimlint.claims && claimlint.claimsScope == workspace', group: 'navigation@1' },
        { command: 'claimlint.claims.refresh', when: 'view == claimlint.claims', group: 'navigation@2' },
        { command: 'claimlint.openReport', when: 'view == claimlint.claims', group: 'navigation@3' },
      ],
      'view/item/context': [
        { command: 'claimlint.newRegistryEntry', when: 'view == claimlint.claims && viewItem == claimlint.claim.unsubstantiated', group: 'inline' },
      ],
    },
    views: {
      explorer: [{ id: 'claimlint.claims', name: 'Claims', contextualTitle: 'claimlint' }],
    },
    viewsWelcome: [
      { view: 'claimlint.claims', contents: 'Open a Markdown or YAML file to see its claims.\n[Show Workspace Claims](command:claimlint.claims.showWorkspace)' },
    ],
    taskDefinitions: [
      {
        type: 'claimlint',
        properties: { paths: { type: 'array', items: { type: 'string' }, description: 'Paths or globs to lint, relative to the workspace folder (default: the whole folder).' } },
      },
    ],
    // One line per finding, printed by the lint-workspace task (src/extension/problem-lines.ts):
    // site/a.md:3:10-3:16: error claim/contradicted “45 mpg” is not kept: …
    problemMatchers: [
      {
        name: 'claimlint', label: 'claimlint', owner: 'claimlint-cli', source: 'claimlint-cli',
        fileLocation: ['relative', '${workspaceFolder}'],
        pattern: {
          regexp: PROBLEM_LINE_PATTERN,
          file: 1, line: 2, column: 3, endLine: 4, endColumn: 5, severity: 6, code: 7, message: 8,
        },
      },
    ],
    grammars: [
      {
        scopeName: 'markdown.claimlint.directive.injection',
        path: './syntaxes/claimlint-directives.markdown.tmLanguage.json',
        injectTo: ['text.html.markdown'],
      },
      {
        scopeName: 'yaml.claimlint.directive.injection',
        path: './syntaxes/claimlint-directives.yaml.tmLanguage.json',
        injectTo: ['source.yaml'],
      },
    ],
    yamlValidation: REGISTRY_GLOBS.map((fileMatch) => ({ fileMatch, url: './schemas/registry.schema.json' })),
  },
};

const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
for (const [key, value] of Object.entries(manifest)) pkg[key] = value;
writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
console.log(`package.json: set ${Object.keys(manifest).join(', ')}`);
