// Marks the page as one the NHS.UK frontend supports, before anything is drawn: the design
// system's components start only on <body class="nhsuk-frontend-supported">, and its styles
// for them (the header's "More" menu) apply from the first paint. nhsuk-frontend's template does
// this with an inline <script> as the body's first child; the Content-Security-Policy refuses
// inline scripts, so this is the same line from a file, loaded (blocking) at the same place.
// Browsers without ES modules never run portal.js, so they are not marked.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " nhsuk-frontend-supported" : "");
