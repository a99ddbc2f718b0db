import { css } from 'lit';

/** The management app's look: large text and targets, high contrast, one column on a phone. */
export const beheerStyles = css`
  :host { display: block; color: #1b1b1f; font: 18px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  * { box-sizing: border-box; }
  h1 { font-size: 28px; line-height: 1.2; margin: 0 0 16px; }
  h2 { font-size: 22px; margin: 24px 0 8px; }
  h3 { font-size: 19px; margin: 16px 0 4px; }
  a { color: #0a4ea3; }
  :focus-visible { outline: 3px solid #0a4ea3; outline-offset: 2px; }
  button, .button { font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 8px; border: 2px solid #0a4ea3; background: #0a4ea3; color: #fff; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center; gap: 8px; }
  button.secondary, .button.secondary { background: #fff; color: #0a4ea3; }
  button.danger { background: #fff; color: #a1150f; border-color: #a1150f; }
  button[disabled] { opacity: 0.6; cursor: not-allowed; }
  input, select, textarea { font: inherit; padding: 8px; border: 2px solid #5c5f66; border-radius: 6px; width: 100%; min-height: 44px; background: #fff; color: inherit; }
  input[type='checkbox'], input[type='radio'] { width: 24px; height: 24px; min-height: 0; flex: none; margin: 2px 0 0; }
  textarea { min-height: 96px; }
  [aria-invalid='true'] { border-color: #a1150f; }
  header.top { background: #fff; border-bottom: 1px solid #d6d8dc; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; justify-content: space-between; }
  header.top .who { font-size: 16px; }
  nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; }
  nav a { display: inline-block; padding: 8px 4px; min-height: 44px; }
  nav a[aria-current='page'] { font-weight: 700; text-decoration-thickness: 3px; }
  main { padding: 16px; max-width: 1200px; margin: 0 auto; }
  .field { display: block; margin: 0 0 16px; }
  .field > span:first-child, .field > label, .field > legend { display: block; font-weight: 600; }
  .help { display: block; color: #4a4d55; font-size: 16px; margin: 2px 0 4px; }
  .error { color: #a1150f; font-weight: 600; margin: 4px 0 0; }
  .notice { padding: 12px 16px; border-radius: 8px; background: #e8f1fb; border: 1px solid #0a4ea3; margin: 0 0 16px; }
  .notice.bad { background: #fdecea; border-color: #a1150f; }
  .notice.good { background: #e7f5ea; border-color: #1d6b34; }
  fieldset { border: 1px solid #d6d8dc; border-radius: 8px; margin: 0 0 16px; padding: 8px 16px 16px; min-width: 0; }
  .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 16px; }
  .choice { display: flex; gap: 8px; align-items: flex-start; font-weight: 400; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
  .row > .field { flex: 1 1 180px; }
  table { border-collapse: collapse; width: 100%; font-size: 16px; }
  th, td { text-align: left; padding: 8px; border-bottom: 1px solid #d6d8dc; vertical-align: top; overflow-wrap: break-word; }
  .diff td { overflow-wrap: anywhere; }
  .table-wrap { overflow-x: auto; }
  .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 16px; }
  .pager { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 16px 0; }
  .edit { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
  .preview { position: sticky; top: 8px; border: 2px dashed #5c5f66; border-radius: 8px; padding: 8px; background: #fff; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0; }
  progress { width: 100%; height: 24px; }
  pre { white-space: pre-wrap; word-break: break-word; font-size: 15px; }
  .diff del { background: #fdecea; text-decoration: line-through; }
  .diff ins { background: #e7f5ea; text-decoration: none; }
  .count { color: #4a4d55; font-size: 16px; }
  .theme-choices { display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); margin: 8px 0 16px; }
  .theme-choices label { display: flex; gap: 8px; align-items: center; min-height: 44px; }
  .badge { display: inline-block; margin-top: 4px; padding: 2px 8px; border: 2px solid #8a4b00; border-radius: 4px; color: #5c3200; background: #fff4e0; font-size: 16px; font-weight: 600; }
  @media (max-width: 800px) { .edit { grid-template-columns: minmax(0, 1fr); } .preview { position: static; } }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  /* On paper only the screen's own content: no menu, no language switch. */
  @media print { header.top { display: none; } main { padding: 0; } }
  @media (max-width: 480px) { main { padding: 12px 8px; } h1 { font-size: 24px; } th, td { padding: 6px 4px; } }
`;
