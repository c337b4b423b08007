// A form that carries a one-time token (a create form) or a version (an edit form) is sent once:
// after the first submit its buttons are disabled, so a double click sends one request.
// Progressive enhancement only: the server's token and version checks are the guarantee.
const GUARDED = 'input[name="submission_token"], input[name="version"]';
const BUTTONS = 'button:not([type]), button[type="submit"], input[type="submit"]';

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.querySelector(GUARDED)) return;
  if (form.dataset.sent === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "true";
  // Disabled on the next turn: a button disabled now would drop its own name and value
  // (e.g. "Save and add more") from this very submission.
  setTimeout(() => {
    for (const button of form.querySelectorAll(BUTTONS)) button.disabled = true;
  }, 0);
});

// Back to a page the browser kept in memory: its forms may be sent again.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  for (const form of document.querySelectorAll('form[data-sent="true"]')) {
    delete form.dataset.sent;
    for (const button of form.querySelectorAll(BUTTONS)) button.disabled = false;
  }
});
