import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { suggestPlaces, type PlaceSuggestion } from '../api/search-client.js';
import type { Strings } from '../i18n/strings.js';

/**
 * The "Waar?" field as a WAI-ARIA combobox with a listbox of place suggestions from `/v1/places`.
 * Typing fetches suggestions (debounced, stale requests aborted); ArrowUp/Down move, Enter picks,
 * Escape closes. `onPick` receives the chosen suggestion.
 */
export class PlaceCombobox implements ReactiveController {
  value = '';
  suggestions: PlaceSuggestion[] = [];
  active = -1;
  open = false;
  private controller?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & { api: string },
    private readonly onPick: (suggestion: PlaceSuggestion) => void,
    private readonly onEnter: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    clearTimeout(this.timer);
  }

  setValue(value: string): void {
    this.value = value;
    this.close();
  }

  /** Closes the list, and forgets suggestions still on their way: a late answer must not reopen it over the page. */
  close(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private fetchSuggestions(q: string): void {
    if (q.trim().length < 2) {
      this.suggestions = [];
      this.close();
      return;
    }
    clearTimeout(this.timer);
    this.controller?.abort();
    this.timer = setTimeout(async () => {
      const controller = new AbortController();
      this.controller = controller;
      try {
        const { results } = await suggestPlaces(this.host.api, q.trim(), controller.signal);
        if (controller.signal.aborted) return;
        this.suggestions = results;
        this.open = results.length > 0;
        this.active = -1;
        this.host.requestUpdate();
      } catch {
        // Suggestions are a convenience: without them the resident can still type and search.
      }
    }, 150);
  }

  private handleInput = (event: InputEvent): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.fetchSuggestions(this.value);
    this.host.requestUpdate();
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.open = true;
      this.active = (this.active + 1) % count;
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      this.open = true;
      this.active = (this.active - 1 + count) % count;
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = this.open ? this.suggestions[this.active] : undefined;
      if (chosen) this.pick(chosen);
      else {
        this.close();
        this.onEnter();
      }
    } else return;
    this.host.requestUpdate();
  };

  private pick(suggestion: PlaceSuggestion): void {
    this.value = suggestion.near;
    this.suggestions = [];
    this.close();
    this.onPick(suggestion);
  }

  render(t: Strings, invalidMessage: string) {
    const expanded = this.open && this.suggestions.length > 0;
    return html`
      <div class="field combobox">
        <label for="where">${t.whereLabel}</label>
        <span class="hint" id="where-hint">${t.whereHint}</span>
        <input
          id="where"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="where-list"
          aria-activedescendant=${expanded && this.active >= 0 ? `where-option-${this.active}` : nothing}
          aria-describedby=${invalidMessage ? 'where-hint where-error' : 'where-hint'}
          aria-invalid=${invalidMessage ? 'true' : 'false'}
          .value=${this.value}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
          @blur=${() => setTimeout(() => this.close(), 150)}
        />
        <ul id="where-list" role="listbox" aria-label=${t.suggestions} part="suggestions" ?hidden=${!expanded}>
          ${this.suggestions.map((s, i) => html`<li
              id="where-option-${i}"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(s)}
            >${s.label}</li>`)}
        </ul>
        ${invalidMessage ? html`<span class="error" id="where-error" role="alert">${invalidMessage}</span>` : nothing}
      </div>`;
  }
}
