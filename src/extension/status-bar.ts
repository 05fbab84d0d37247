// Status bar item: claim counts of the open copy documents and the registry index's health.
import * as vscode from 'vscode';
import type { StatusParams } from '../server/protocol.js';
import { statusText, statusTooltip } from './status-text.js';

export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlint.status', vscode.StatusBarAlignment.Left, 50);
  private last: StatusParams | undefined;

  constructor() {
    this.item.name = 'claimlint';
    this.item.command = 'claimlint.claims.focus';
    this.item.text = '$(sync~spin) claimlint';
    this.item.tooltip = 'claimlint is starting';
    this.item.show();
  }

  update(status: StatusParams): void {
    this.last = status;
    this.item.text = statusText(status);
    this.item.tooltip = statusTooltip(status);
    this.item.backgroundColor =
      status.registry.staleIndex || status.registry.errors > 0
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
  }

  showMessage(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = undefined;
  }

  get text(): string {
    return this.item.text;
  }

  get status(): StatusParams | undefined {
    return this.last;
  }

  dispose(): void {
    this.item.dispose();
  }
}
