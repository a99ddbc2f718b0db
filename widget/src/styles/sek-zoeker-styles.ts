import { css } from 'lit';

/**
 * Public theming API: `--sek-*` custom properties, each mapped once to a private variable with one
 * fallback (an NL Design System token where one exists, else our default).
 */
export const sekZoekerStyles = css`
  :host {
    /* The host page's inherited text properties (text-transform, letter-spacing, white-space,
       line-height, word-spacing, …) stop here; custom properties (--sek-*) still come through. */
    all: initial;
    --_font: var(--sek-font-family, var(--nl-document-font-family, system-ui, sans-serif));
    --_text: var(--sek-color-text, var(--nl-document-color, #1a1a1a));
    --_muted: var(--sek-color-muted, #4a4a4a);
    --_bg: var(--sek-color-background, var(--nl-document-background-color, #ffffff));
    --_surface: var(--sek-color-surface, #f1f4f7);
    --_primary: var(--sek-color-primary, var(--nl-button-primary-background-color, #0b5cad));
    --_on-primary: var(--sek-color-on-primary, var(--nl-button-primary-color, #ffffff));
    --_free: var(--sek-color-free, #1b6e34);
    --_alert: var(--sek-color-alert, #8a4b00);
    --_radius: var(--sek-radius, 8px);
    --_space: var(--sek-space, 1em);
    --_focus: var(--sek-color-focus, var(--utrecht-focus-outline-color, #ffbf47));
    --_error: var(--sek-color-error, var(--utrecht-feedback-invalid-color, #b00020));
    --_highlight: var(--sek-color-highlight, #fff3a3);
    --_map-land: var(--sek-map-land, #f4f1ea);
    --_map-water: var(--sek-map-water, #dfe9f0);
    --_map-border: var(--sek-map-border, #9a8f7a);
    --_map-radius-fill: var(--sek-map-radius-fill, rgba(11, 92, 173, 0.06));

    /* Its own block formatting context: it sits beside a floated sidebar instead of under it. */
    display: flow-root;
    /* Its own width decides the layout (phone or not), not the page's viewport. */
    container: sek / inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    /* In px, not rem: a host page's html { font-size: 10px } does not shrink the widget. */
    font-size: var(--sek-font-size, 18px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
  }
  :host([hidden]) { display: none; }
  .map[hidden] { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  [hidden] { display: none !important; }

  h2 { font-size: 1.45em; margin: 0 0 var(--_space); line-height: 1.25; }
  h3 { font-size: 1.2em; margin: 0; line-height: 1.3; }
  h4 { font-size: 1.1em; margin: 0; }
  p { margin: 0.25em 0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

  form { display: grid; gap: var(--_space); }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend, label { font-weight: 600; }
  .hint { color: var(--_muted); font-size: 0.9em; font-weight: 400; }
  .error { color: var(--_error); font-weight: 600; }
  .field { display: flex; flex-direction: column; gap: 0.25em; min-width: 0; }
  .where-row { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .where-row .combobox { flex: 3 1 14em; position: relative; }
  .where-row .distance { flex: 1 1 9em; }
  .locate-row, .actions, .list-header { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); align-items: center; }
  .list-header { justify-content: space-between; margin: var(--_space) 0 calc(var(--_space) / 2); }

  input[type='text'], input[type='search'], select {
    font: inherit; min-height: 48px; width: 100%; padding: 0.4em 0.6em;
    border: 2px solid var(--_muted); border-radius: var(--_radius); color: var(--_text); background: var(--_bg);
  }
  button, a.button {
    font: inherit; font-weight: 600; min-height: 48px; min-width: 48px; padding: 0.4em 1em;
    display: inline-flex; align-items: center; justify-content: center; gap: 0.4em;
    border: 2px solid var(--_primary); border-radius: var(--_radius); cursor: pointer;
    background: var(--_bg); color: var(--_primary);
  }
  button.primary { background: var(--_primary); color: var(--_on-primary); justify-self: start; min-width: 10em; }
  button.small { min-height: 44px; font-size: 0.9em; }
  button.link-button { border-color: transparent; background: transparent; text-decoration: underline; justify-self: start; align-self: center; padding-inline: 0.2em; }
  .save[aria-pressed='true'] { background: var(--_surface); }
  :is(input, button, a, select, [tabindex]):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--_text); }
  a { color: var(--_primary); min-height: 44px; display: inline-flex; align-items: center; gap: 0.3em; }

  .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(8.5em, calc(50% - 0.5em)), 1fr)); gap: calc(var(--_space) / 2); margin-top: 0.5em; }
  .tile {
    flex-direction: column; min-height: 5.5em; padding: 0.6em 0.3em; overflow-wrap: break-word; text-align: center; gap: 0.3em;
    background: var(--_surface); color: var(--_text); border-color: transparent; font-weight: 600; position: relative;
  }
  .tile .pictogram { color: var(--_primary); }
  .tile[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); }
  .tile[aria-pressed='true'] .pictogram { color: var(--_on-primary); }
  .tile .count { position: absolute; top: 0.3em; inset-inline-end: 0.5em; font-size: 0.8em; font-weight: 400; }
  /* Phone first: on a narrow widget the tiles are two compact columns (pictogram beside the label),
     so the question, the tiles and the place all fit on the first screen. */
  @container sek (max-width: 540px) {
    .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    /* Pictogram left; label and count stacked right. Words are never split. */
    .tile {
      display: grid; grid-template-columns: 24px 1fr; align-content: center; gap: 0 0.4em;
      padding: 0.2em 0.5em; text-align: start; font-size: 0.8em; line-height: 1.15;
    }
    .tile svg { width: 24px; height: 24px; grid-row: span 2; }
    .tile span { grid-column: 2; }
    .tile .count { position: static; }
    .themes .hint { display: none; }
  }

  .combobox [role='listbox'] {
    position: absolute; z-index: 2; top: 100%; inset-inline: 0; margin: 0.2em 0 0; padding: 0.25em; list-style: none;
    background: var(--_bg); border: 2px solid var(--_muted); border-radius: var(--_radius); box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }
  .combobox [role='option'] { padding: 0.5em 0.6em; min-height: 44px; cursor: pointer; border-radius: calc(var(--_radius) / 2); }
  .combobox [role='option'][aria-selected='true'], .combobox [role='option']:hover { background: var(--_primary); color: var(--_on-primary); }
  .quick-filters { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .quick { border-radius: 999px; min-width: 7em; }
  .quick[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }
  .quick[aria-pressed='true']::before { content: '✓'; }
  .candidates { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }

  .check { display: flex; align-items: center; gap: 0.5em; min-height: 44px; font-weight: 400; cursor: pointer; }
  .check input { flex: none; font: inherit; width: 1.4em; height: 1.4em; margin: 0; accent-color: var(--_primary); }

  .status { min-height: 1.5em; }
  .order-choice { display: flex; flex-wrap: wrap; align-items: center; gap: 0 calc(var(--_space) * 1.5); }
  .order-choice legend { float: left; font-weight: 600; margin-inline-end: var(--_space); }
  .result .when { display: flex; align-items: center; gap: 0.4em; font-weight: 600; }
  .status .count { font-weight: 600; }
  .message { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); display: grid; gap: 0.5em; justify-items: start; }
  ul.results { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) / 2); }
  .result { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  .result-link { border: 0; padding: 0; min-height: 44px; background: none; color: var(--_primary); text-align: start; text-decoration: underline; font-size: 1em; justify-content: start; }
  mark { background: var(--_highlight); color: inherit; }
  .meta { display: flex; flex-wrap: wrap; gap: 0.25em 1em; color: var(--_muted); }
  .badge { display: inline-flex; align-items: center; gap: 0.2em; padding: 0 0.5em; border-radius: var(--_radius); border: 2px solid currentColor; font-weight: 600; }
  .free-badge { color: var(--_free); }
  .alert { color: var(--_alert); font-weight: 600; display: flex; gap: 0.4em; align-items: start; }
  .themes-row { display: flex; flex-wrap: wrap; gap: 0.5em; color: var(--_muted); font-size: 0.9em; }
  .theme-chip { display: inline-flex; align-items: center; gap: 0.25em; }
  .more { margin-top: var(--_space); }
  section + section { margin-top: calc(var(--_space) * 1.5); }
  section h3 { display: flex; align-items: center; gap: 0.4em; }

  .toolbar { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); align-items: center; margin-top: calc(var(--_space) / 2); }
  .view-toggle { display: inline-flex; }
  .view-toggle button { border-radius: 0; min-width: 6em; }
  .view-toggle button:first-child { border-start-start-radius: var(--_radius); border-end-start-radius: var(--_radius); }
  .view-toggle button:last-child { border-start-end-radius: var(--_radius); border-end-end-radius: var(--_radius); margin-inline-start: -2px; }
  .view-toggle button[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }
  .map { height: var(--sek-map-height, 384px); margin-top: var(--_space); border-radius: var(--_radius); overflow: hidden; border: 1px solid var(--_muted); position: relative; }
  .skip-map, .skip-link { position: absolute; inset-inline-start: -9999px; }
  .skip-map:focus, .skip-link:focus { position: static; margin-top: var(--_space); }
  .map sek-zoeker-kaart { height: 100%; }
  .spot { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-top: calc(var(--_space) / 2); }
  footer { margin-top: var(--_space); font-size: 0.8em; color: var(--_muted); }
  footer summary { cursor: pointer; min-height: 44px; display: inline-flex; align-items: center; }

  @media (prefers-reduced-motion: no-preference) {
    .loading { animation: pulse 1.6s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.55; } }
  }
  @media (forced-colors: active) {
    button, .tile, .badge { border-color: ButtonText; }
    .tile[aria-pressed='true'] { background: Highlight; color: HighlightText; }
    .combobox [role='option'][aria-selected='true'] { background: Highlight; color: HighlightText; }
    mark { background: Mark; color: MarkText; }
  }
`;
