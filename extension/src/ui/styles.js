// The badge's and panel's CSS, adopted into each shadow root (so page CSS cannot reach it).
// Colours meet WCAG AA contrast (text ≥ 4.5:1 on its background); focus is always visible.

export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle;
  margin: 2px 6px; font: 600 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; z-index: 2; }
.t-badge { all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center;
  gap: 4px; padding: 2px 8px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.t-badge:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
.t-badge[data-verdict="disclosed"] { color: #1b5e20; background: #e8f5e9; }
.t-badge[data-verdict="unclear_disclosure"] { color: #6d4200; background: #fff4dc; }
.t-badge[data-verdict="undisclosed"] { color: #8a1c1c; background: #fdecea; }
.t-mark { font-weight: 700; }
.t-panel { position: absolute; top: calc(100% + 6px); left: 0; width: min(380px, 90vw); max-height: 70vh;
  overflow: auto; box-sizing: border-box; padding: 12px 14px; background: #fff; color: #1f2328;
  border: 1px solid #8c959f; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; z-index: 2147483647; }
.t-panel.t-right { left: auto; right: 0; }
.t-panel[hidden] { display: none; }
.t-close { all: unset; cursor: pointer; float: right; padding: 0 6px; font-size: 18px; border-radius: 4px; }
.t-close:focus-visible, .t-panel a:focus-visible, .t-report:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
`;

export const EVIDENCE_CSS = `
.t-heading { font-size: 15px; margin: 0 0 6px; }
.t-explanation { margin: 0 0 8px; }
.t-signals { list-style: none; padding: 0; margin: 0 0 8px; }
.t-signals li { margin: 0 0 6px; }
.t-family { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; color: #444c56; }
.t-quote { quotes: "“" "”"; }
mark { background: #ffe58f; color: #1f2328; padding: 0 2px; border-radius: 2px; }
.t-rule { color: #57606a; }
.t-rulebook, .t-links, .t-problem { margin: 0 0 6px; }
.t-caveat { color: #57606a; font-size: 12px; margin: 0 0 8px; }
a { color: #0b4fc4; }
.t-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.t-report { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa;
  color: #1f2328; cursor: pointer; }
.t-report[disabled] { opacity: .6; cursor: default; }
.t-report-status { flex-basis: 100%; margin: 4px 0 0; min-height: 1em; }
`;
