// Marks the page as script-enabled before GOV.UK Frontend's components start (kept out of inline script for the CSP).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
