// The client side of the registry CodeLens: the server's lens carries plain LSP JSON, while
// VS Code's `editor.action.showReferences` needs a Uri, a Position and Locations. This command
// converts them and opens the references peek at the entry.
import * as vscode from 'vscode';
import { ShowReferencesCommand } from '../server/protocol.js';
import { readShowReferencesArguments } from './show-references-args.js';

export function registerShowReferences(output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(ShowReferencesCommand, async (...args: unknown[]) => {
    const read = readShowReferencesArguments(args);
    if (!read) {
      output.warn(`${ShowReferencesCommand}: unexpected arguments ${JSON.stringify(args).slice(0, 500)}`);
      return;
    }
    const [uri, position, locations] = read;
    const asRange = (r: (typeof locations)[number]['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(uri),
      new vscode.Position(position.line, position.character),
      locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), asRange(l.range))),
    );
  });
}
