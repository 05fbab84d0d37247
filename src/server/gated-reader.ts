// A message reader that lets the `initialize` request through at once and holds every later
// message until the server's handlers are in place. The entry point answers `initialize` while
// the engine is still loading; nothing the client sends meanwhile is lost. It also notes each
// document's newest version as soon as it is read, so a result computed for an older version can
// be dropped even while the change that outdated it still waits in the message queue. After a
// `shutdown` request it passes on only `exit`: a later notification is dropped, and a later
// request is renamed to AFTER_SHUTDOWN, which the entry point answers with an InvalidRequest error.
import type { DataCallback, Disposable, Event, Message, MessageReader, PartialMessageInfo } from 'vscode-languageserver/node';

/** The method a request read after `shutdown` is renamed to. */
export const AFTER_SHUTDOWN = 'claimlint/requestAfterShutdown';

export class GatedReader implements MessageReader {
  private shutDown = false;
  private held: Message[] = [];
  private opened = false;
  private callback?: DataCallback;

  /** Highest document version seen per URI, as messages are read — before they are handled. */
  private readonly versions = new Map<string, number>();

  /** `onFirstHeld` runs once, when the first message after `initialize` is read (and held). */
  constructor(private readonly inner: MessageReader, private readonly onFirstHeld?: () => void) {}
  private heldAny = false;

  /** Has the client asked the server to shut down? */
  get shutdownRequested(): boolean {
    return this.shutDown;
  }

  /** The newest version of a document the client has sent, handled yet or not. */
  latestVersion(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  get onError(): Event<Error> {
    return this.inner.onError;
  }

  get onClose(): Event<void> {
    return this.inner.onClose;
  }

  get onPartialMessage(): Event<PartialMessageInfo> {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return this.inner.listen((message) => {
      const m = message as { id?: unknown; method?: string; params?: { textDocument?: { uri?: string; version?: number } } };
      if (this.shutDown && m.method !== undefined && m.method !== 'exit') {
        if (m.id === undefined) return; // a notification: nothing more is published after shutdown
        m.method = AFTER_SHUTDOWN;
        m.params = undefined;
      }
      if (m.method === 'shutdown') this.shutDown = true;
      if ((m.method === 'textDocument/didChange' || m.method === 'textDocument/didOpen') && typeof m.params?.textDocument?.uri === 'string') {
        const version = m.params.textDocument.version;
        if (typeof version === 'number') this.versions.set(m.params.textDocument.uri, version);
      } else if (m.method === 'textDocument/didClose' && typeof m.params?.textDocument?.uri === 'string') this.versions.delete(m.params.textDocument.uri);
      const isInitialize = m.method === 'initialize';
      if (this.opened || isInitialize) callback(message);
      else {
        this.held.push(message);
        if (!this.heldAny) {
          this.heldAny = true;
          this.onFirstHeld?.();
        }
      }
    });
  }

  /** Delivers the held messages in order and lets everything through from now on. */
  open(): void {
    if (this.opened) return;
    this.opened = true;
    const held = this.held;
    this.held = [];
    for (const message of held) this.callback?.(message);
  }

  dispose(): void {
    this.inner.dispose();
  }
}
