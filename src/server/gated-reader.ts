// A message reader that lets the `initialize` request through at once and holds every later
// message until the server's handlers are in place. The entry point answers `initialize` while
// the engine is still loading; nothing the client sends meanwhile is lost.
import type { DataCallback, Disposable, Event, Message, MessageReader, PartialMessageInfo } from 'vscode-languageserver/node';

export class GatedReader implements MessageReader {
  private held: Message[] = [];
  private opened = false;
  private callback?: DataCallback;

  constructor(private readonly inner: MessageReader) {}

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
      const isInitialize = (message as { method?: string }).method === 'initialize';
      if (this.opened || isInitialize) callback(message);
      else this.held.push(message);
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
