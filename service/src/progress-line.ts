/**
 * A one-line progress display with rate: redrawn in place on a terminal, a line every
 * few seconds otherwise (CI logs).
 */
export class ProgressLine {
  private readonly started = performance.now();
  private lastPrinted = 0;

  constructor(private readonly out: NodeJS.WriteStream) {}

  /** `fraction`: how much of the input is read (0-1), e.g. bytes read / file size. */
  update(text: string, count: number, fraction: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    const line = `${text} · ${rate}/s · ${seconds.toFixed(1)} s`;
    if (this.out.isTTY) {
      const width = 24;
      const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
      this.out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${line}\u001b[K`);
    } else if (seconds - this.lastPrinted >= 5) {
      this.lastPrinted = seconds;
      this.out.write(`${Math.round(fraction * 100)}% ${line}\n`);
    }
  }

  done(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
