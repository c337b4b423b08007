// Starts the NHS.UK frontend components (header menu, skip link, radios...) on every page.
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

// The design system starts only on a body marked as supported, which its own template does
// with an inline <script>; the Content-Security-Policy refuses inline scripts, and this module
// running at all is the support test (browsers without modules never load it).
document.body.classList.add("nhsuk-frontend-supported");
initAll();
