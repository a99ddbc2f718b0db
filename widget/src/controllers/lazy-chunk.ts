import type { CSSResult, ReactiveControllerHost } from 'lit';

/**
 * Code a resident may never need (the filter panel, "Stap voor stap", the list and the letter),
 * loaded on first use as a chunk of its own. The host renders again once it has arrived; a failed
 * load (the network) may be tried again.
 */
export class LazyChunk<T extends object> {
  value?: T;
  private loading?: Promise<T>;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: Element | DocumentFragment }, private readonly importer: () => Promise<T>) {}

  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (module) => {
        adoptChunkStyles(this.host.renderRoot, module);
        this.value = module;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Settles when a load under way has (never rejects): for `updateComplete`. */
  get settled(): Promise<unknown> {
    return (this.loading ?? Promise.resolve()).catch(() => undefined);
  }
}

/** A chunk's own `styles`, added to the kaart's shadow root (once) when it arrives. */
function adoptChunkStyles(root: Element | DocumentFragment, module: object): void {
  const sheet = (module as { styles?: CSSResult }).styles?.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
