// Progress bar on stderr for long runs on a terminal. It appears only after a second (short runs
// stay quiet) and never in CI logs unless asked for.
export interface ProgressOptions {
  /** true/false from --progress/--no-progress; undefined: decide from the terminal and CI. */
  requested?: boolean;
  stream: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export class Progress {
  /** Whether the bar may be drawn (output for the same terminal then waits until the end). */
  readonly enabled: boolean;
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;
  /** Threads linting, shown when more than one. */
  threads = 1;

  constructor(private readonly total: number, private readonly options: ProgressOptions) {
    const ci = Boolean(options.env.CI) || Boolean(options.env.GITHUB_ACTIONS);
    this.enabled = options.requested ?? (Boolean(options.stream.isTTY) && !ci);
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const line = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${this.total} files${this.threads > 1 ? ` on ${this.threads} threads` : ''}`;
    this.options.stream.write(this.options.stream.isTTY ? `\r${line}` : `${line}\n`);
  }

  finish(): void {
    if (this.shown && this.options.stream.isTTY) this.options.stream.write('\r\u001b[K');
  }
}
