// The "Claims" view: every claim of the current file (or the whole workspace) grouped by verdict,
// evidence in the tooltip, a click reveals the claim's range.
import * as vscode from 'vscode';
import type { ClaimItem } from '../server/protocol.js';
import { isVerdict, VERDICT_ICON, VERDICT_LABEL, VERDICT_ORDER, type VerdictName } from './verdicts.js';

export type ClaimsScope = 'file' | 'workspace';

/** Where the tree gets its claims from (the language server, or a fake in tests). */
export interface ClaimsSource {
  documentClaims(uri: string): Promise<ClaimItem[]>;
  workspaceClaims(): Promise<Array<{ uri: string; claims: ClaimItem[] }>>;
}

interface FileClaims {
  uri: string;
  claims: ClaimItem[];
}

type Node =
  | { type: 'group'; verdict: VerdictName; files: FileClaims[] }
  | { type: 'file'; verdict: VerdictName; file: FileClaims }
  | { type: 'claim'; uri: string; claim: ClaimItem };

/** Plain-data picture of the tree, for tests and the API. */
export interface TreeSnapshotNode {
  label: string;
  description?: string;
  tooltip?: string;
  /** The command a click runs (claims only). */
  command?: { command: string; arguments: unknown[] };
  children?: TreeSnapshotNode[];
}

export const REVEAL_COMMAND = 'claimlint.revealClaim';

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private scopeValue: ClaimsScope = 'file';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private viewValue: vscode.TreeView<unknown> | undefined;
  private stale = false;
  private visibility: vscode.Disposable | undefined;

  constructor(private readonly source: ClaimsSource) {}

  /** The TreeView showing this provider: for the scope description, empty-state messages and visibility. */
  get view(): vscode.TreeView<unknown> | undefined {
    return this.viewValue;
  }

  set view(view: vscode.TreeView<unknown> | undefined) {
    this.viewValue = view;
    this.visibility?.dispose();
    this.visibility = view?.onDidChangeVisibility((e) => {
      if (e.visible && this.stale) {
        this.stale = false;
        this.refresh(0);
      }
    });
  }

  get scope(): ClaimsScope {
    return this.scopeValue;
  }

  setScope(scope: ClaimsScope): void {
    this.scopeValue = scope;
    void vscode.commands.executeCommand('setContext', 'claimlint.claimsScope', scope);
    this.refresh(0);
  }

  /** Coalesces bursts of triggers (status notifications, editor switches) into one reload. */
  refresh(delayMs = 150): void {
    // A hidden view reloads when it is shown again: no claims requests while nobody looks.
    if (this.view && !this.view.visible) {
      this.stale = true;
      return;
    }
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire(undefined);
    }, delayMs);
  }

  dispose(): void {
    this.visibility?.dispose();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.loadGroups();
    if (node.type === 'group') {
      if (this.scopeValue === 'file') return node.files.flatMap((f) => claimNodes(f, node.verdict));
      return node.files.map((file) => ({ type: 'file' as const, verdict: node.verdict, file }));
    }
    if (node.type === 'file') return claimNodes(node.file, node.verdict);
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const count = node.files.reduce((n, f) => n + f.claims.filter((c) => c.verdict === node.verdict).length, 0);
      const item = new vscode.TreeItem(
        VERDICT_LABEL[node.verdict],
        node.verdict === 'supported'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = `group:${this.scopeValue}:${node.verdict}`;
      item.description = String(count);
      const icon = VERDICT_ICON[node.verdict];
      item.iconPath = new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
      item.contextValue = 'claimlint.verdictGroup';
      return item;
    }
    if (node.type === 'file') {
      const uri = vscode.Uri.parse(node.file.uri);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `file:${node.verdict}:${node.file.uri}`;
      item.description = `${vscode.workspace.asRelativePath(uri, false)} · ${node.file.claims.filter((c) => c.verdict === node.verdict).length}`;
      return item;
    }
    const { claim, uri } = node;
    const item = new vscode.TreeItem(claim.text, vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${uri}:${claim.range.start.line}:${claim.range.start.character}:${claim.verdict}`;
    item.description = `${claim.entryId ?? claim.kind} · line ${claim.range.start.line + 1}`;
    item.tooltip = claimTooltip(claim);
    item.contextValue = `claimlint.claim.${claim.verdict}`;
    item.command = { command: REVEAL_COMMAND, title: 'Reveal claim', arguments: [uri, claim.range] };
    return item;
  }

  /** Walks the whole tree the way the view would render it. */
  async snapshot(): Promise<TreeSnapshotNode[]> {
    const walk = async (nodes: Node[]): Promise<TreeSnapshotNode[]> =>
      Promise.all(
        nodes.map(async (n) => {
          const item = this.getTreeItem(n);
          const label = typeof item.label === 'string' ? item.label : item.label?.label ?? item.resourceUri?.path.split('/').pop() ?? '';
          const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip;
          const children = n.type === 'claim' ? undefined : await walk(await this.getChildren(n));
          const command = item.command ? { command: item.command.command, arguments: item.command.arguments ?? [] } : undefined;
          return { label, description: typeof item.description === 'string' ? item.description : undefined, tooltip, command, children };
        }),
      );
    return walk(await this.getChildren());
  }

  private async loadGroups(): Promise<Node[]> {
    const files = await this.loadFiles();
    const groups: Node[] = [];
    for (const verdict of VERDICT_ORDER) {
      const withVerdict = files.filter((f) => f.claims.some((c) => c.verdict === verdict));
      if (withVerdict.length) groups.push({ type: 'group', verdict, files: withVerdict });
    }
    if (this.view) {
      this.view.message = groups.length
        ? undefined
        : this.scopeValue === 'file'
          ? 'No claims in the current file.'
          : 'No claims found in the workspace.';
    }
    return groups;
  }

  private async loadFiles(): Promise<FileClaims[]> {
    try {
      if (this.scopeValue === 'workspace') {
        if (this.view) this.view.description = 'workspace';
        return (await this.source.workspaceClaims()).map((f) => ({ uri: f.uri, claims: f.claims.filter((c) => isVerdict(c.verdict)) }));
      }
      const doc = vscode.window.activeTextEditor?.document;
      if (this.view) this.view.description = doc ? vscode.workspace.asRelativePath(doc.uri, false) : undefined;
      if (!doc || (doc.languageId !== 'markdown' && doc.languageId !== 'yaml')) return [];
      const uri = doc.uri.toString();
      return [{ uri, claims: (await this.source.documentClaims(uri)).filter((c) => isVerdict(c.verdict)) }];
    } catch (error) {
      // The server may be starting or restarting; the next status notification refreshes the view.
      if (this.view) this.view.message = `Claims unavailable: ${error instanceof Error ? error.message : String(error)}`;
      return [];
    }
  }
}

function claimNodes(file: FileClaims, verdict: VerdictName): Node[] {
  return file.claims
    .filter((c) => c.verdict === verdict)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((claim) => ({ type: 'claim' as const, uri: file.uri, claim }));
}

export function claimTooltip(claim: ClaimItem): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  const verdict = isVerdict(claim.verdict) ? VERDICT_LABEL[claim.verdict] : claim.verdict;
  md.appendMarkdown(`**${verdict}** — ${claim.kind} claim\n\n`);
  md.appendText(claim.message);
  if (claim.evidence) {
    md.appendMarkdown('\n\n**Evidence:** ');
    md.appendText(claim.evidence);
  }
  if (claim.entryId) md.appendMarkdown(`\n\n**Registry entry:** \`${claim.entryId}\``);
  return md;
}
