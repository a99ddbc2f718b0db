import { css } from 'lit';

/**
 * Public theming API: `--sek-*` custom properties, each mapped once to a private variable with one
 * fallback (an NL Design System token where one exists, else our default).
 */
export const sekZoekerStyles = css`
  :host {
    --_font: var(--sek-font-family, var(--nl-document-font-family, system-ui, sans-serif));
    --_text: var(--sek-color-text, var(--nl-document-color, #1a1a1a));
    --_muted: var(--sek-color-muted, #4a4a4a);
    --_bg: var(--sek-color-background, var(--nl-document-background-color, #ffffff));
    --_surface: var(--sek-color-surface, #f3f5f7);
    --_primary: var(--sek-color-primary, var(--nl-button-primary-background-color, #0b5cad));
    --_on-primary: var(--sek-color-on-primary, var(--nl-button-primary-color, #ffffff));
    --_free: var(--sek-color-free, #1b6e34);
    --_radius: var(--sek-radius, 8px);
    --_space: var(--sek-space, 1rem);
    --_focus: var(--sek-color-focus, var(--nl-focus-outline-color, #ffbf47));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--sek-font-size, 1.125rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    container-type: inline-size;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }

  h2 { font-size: 1.4em; margin: 0 0 var(--_space); line-height: 1.25; }
  form { display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); align-items: end; }
  .field { display: flex; flex-direction: column; gap: 0.25em; flex: 1 1 14em; }
  label { font-weight: 600; }
  .hint { color: var(--_muted); font-size: 0.9em; }
  input {
    font: inherit; min-height: 44px; padding: 0.4em 0.6em;
    border: 2px solid var(--_muted); border-radius: var(--_radius); color: var(--_text); background: var(--_bg);
  }
  button {
    font: inherit; font-weight: 600; min-height: 44px; min-width: 44px; padding: 0.4em 1.2em;
    border: 2px solid var(--_primary); border-radius: var(--_radius);
    background: var(--_primary); color: var(--_on-primary); cursor: pointer;
  }
  button.secondary { background: var(--_bg); color: var(--_primary); }
  :is(input, button, a):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }

  .status { margin: var(--_space) 0; }
  .message { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  ul.results { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) / 2); }
  .result { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  .result h3 { margin: 0; font-size: 1.1em; }
  .meta { display: flex; flex-wrap: wrap; gap: 0.25em 1em; color: var(--_muted); }
  .badge { display: inline-block; padding: 0 0.5em; border-radius: var(--_radius); border: 2px solid var(--_free); color: var(--_free); font-weight: 600; }
  footer { margin-top: var(--_space); font-size: 0.8em; color: var(--_muted); }

  @media (prefers-reduced-motion: no-preference) {
    .loading { animation: pulse 1.6s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.55; } }
  }
  @media (forced-colors: active) {
    button { border-color: ButtonText; }
    .badge { border-color: CanvasText; color: CanvasText; }
  }
`;
