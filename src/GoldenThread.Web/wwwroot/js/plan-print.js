// The board pack's "Print or save as PDF" button: shown only when script runs (kept out of inline script for the CSP).
document.querySelectorAll('[data-app-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
