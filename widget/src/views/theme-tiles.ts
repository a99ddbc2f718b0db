import { html } from 'lit';
import type { Lang, Strings } from '../i18n/strings.js';
import { pictogram } from '../icons/pictograms.js';
import type { ThemeDefinition } from '@sek/contract';

/** The theme tiles: big toggle buttons with a pictogram and a short label. */
export function renderThemeTiles<S extends string>(themes: readonly (ThemeDefinition & { slug: S })[], selected: readonly string[], counts: Record<string, number> | undefined, t: Strings, lang: Lang, onToggle: (slug: S) => void) {
  return html`
    <fieldset class="themes" part="themes">
      <legend>${t.themesQuestion}</legend>
      <p class="hint">${t.themesHint}</p>
      <div class="tiles">
        ${themes.map((theme) => {
          const pressed = selected.includes(theme.slug);
          // With facets known, a theme without hits counts 0 (not hidden).
          const count = counts ? (counts[theme.slug] ?? 0) : undefined;
          return html`<button
            type="button"
            class="tile"
            part="tile${pressed ? ' tile-selected' : ''}"
            aria-pressed=${pressed ? 'true' : 'false'}
            title=${theme.explanation[lang]}
            @click=${() => onToggle(theme.slug)}
          >${pictogram(theme.pictogram, 32)}<span class="tile-label">${theme.label[lang]}</span>${count !== undefined ? html`<span class="count"><span aria-hidden="true">${count}</span><span class="visually-hidden">, ${t.resultsCount(count)}</span></span>` : ''}</button>`;
        })}
      </div>
    </fieldset>`;
}
