// Starts the NHS.UK frontend components (header menu, skip link, radios...) on every page.
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";

initAll();
