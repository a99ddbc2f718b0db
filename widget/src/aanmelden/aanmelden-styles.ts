import { css } from 'lit';
import { sekZoekerStyles } from '../styles/sek-zoeker-styles.js';
import { detailStyles } from '../views/offer-detail.js';

/** The form's own styles on top of `<sek-zoeker>`'s (same `--sek-*` theming tokens, same isolation). */
export const aanmeldenStyles = [sekZoekerStyles, detailStyles, css`
  :host { max-width: 44rem; }
  .progress { font-weight: 600; color: var(--_muted); margin: 0 0 0.25em; }
  .progress-bar { display: block; width: 100%; height: 8px; border: 0; border-radius: 4px; background: var(--_surface); margin-bottom: var(--_space); accent-color: var(--_primary); }
  .progress-bar::-webkit-progress-bar { background: var(--_surface); border-radius: 4px; }
  .progress-bar::-webkit-progress-value { background: var(--_primary); border-radius: 4px; }
  h2:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .field input, .field textarea, .field select {
    font: inherit; color: inherit; background: var(--_bg); min-height: 44px; padding: 0.4em 0.6em;
    border: 2px solid var(--_muted); border-radius: var(--_radius); width: 100%; max-width: 100%;
  }
  .field textarea { min-height: 6em; }
  [aria-invalid='true'] { border-color: var(--_error) !important; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .count { color: var(--_muted); font-size: 0.85em; }
  .hints { margin: 0.25em 0 0; padding: 0.5em 0.75em; background: var(--_surface); border-radius: var(--_radius); font-size: 0.9em; }
  .hints ul { margin: 0.25em 0 0; padding-inline-start: 1.2em; }
  .example { display: grid; gap: 0.5em; grid-template-columns: 1fr; font-size: 0.9em; }
  @container sek (min-width: 36rem) { .example { grid-template-columns: 1fr 1fr; } }
  .example div { padding: 0.5em 0.75em; border-radius: var(--_radius); background: var(--_surface); }
  .choices { display: grid; gap: 0.5em; }
  .choice { display: flex; gap: 0.6em; align-items: flex-start; font-weight: 600; min-height: 44px; padding: 0.35em 0; }
  .choice input { width: 1.4em; height: 1.4em; margin: 0.15em 0 0; flex: none; accent-color: var(--_primary); }
  .choice .hint { display: block; }
  .tiles { display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr)); }
  .tile-choice { display: flex; flex-direction: column; gap: 0.25em; padding: 0.6em; border: 2px solid var(--_muted); border-radius: var(--_radius); font-weight: 600; cursor: pointer; }
  .tile-choice:has(input:checked) { border-color: var(--_primary); background: var(--_surface); }
  .tile-choice input { width: 1.3em; height: 1.3em; accent-color: var(--_primary); }
  .tile-choice .hint { font-size: 0.85em; }
  .session { border: 1px solid var(--_muted); border-radius: var(--_radius); padding: 0.75em; display: grid; gap: 0.5em; }
  .days { display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; }
  .row { display: grid; gap: 0.5em; grid-template-columns: 1fr 1fr; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75em; margin-top: var(--_space); }
  button { font: inherit; min-height: 44px; padding: 0.4em 1em; border-radius: var(--_radius); cursor: pointer; }
  button.primary { background: var(--_primary); color: var(--_on-primary); border: 2px solid var(--_primary); font-weight: 700; }
  button.secondary { background: var(--_bg); color: var(--_primary); border: 2px solid var(--_primary); }
  .notice { padding: 0.75em; border-radius: var(--_radius); background: var(--_surface); border-inline-start: 6px solid var(--_primary); }
  .notice.bad { border-inline-start-color: var(--_error); }
  .preview-card { border: 1px solid var(--_muted); border-radius: var(--_radius); padding: 0.75em; list-style: none; margin: 0 0 var(--_space); }
  .mini-map { height: 320px; border-radius: var(--_radius); overflow: hidden; border: 1px solid var(--_muted); }
  .honeypot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  @media print { .actions, .progress-bar { display: none; } }
`];
