/** A one-line progress bar with rate and ETA, drawn on stderr only when stderr is a terminal. */

/** Width of the bar in characters. */
const BAR_WIDTH = 28;
/** Redraw at most this often (ms): drawing per page would cost more than a small page's analysis. */
const REDRAW_MS = 100;

export class Progress {
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = process.stderr.isTTY === true,
  ) {}

  /** Redraws for `done` of `total` pages. */
  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < REDRAW_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    const filled = this.total ? Math.round((done / this.total) * BAR_WIDTH) : BAR_WIDTH;
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    this.stream.write(`\r${bar} ${done}/${this.total} · ${rate.toFixed(1)} pages/s · ETA ${eta}s `);
  }

  /** Clears the bar before the final tally. */
  finish(): void {
    if (this.enabled) this.stream.write('\r\u001b[2K');
  }
}
