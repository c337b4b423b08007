// Starts the NHS.UK frontend components (header menu, skip link, radios...) on every page,
// and keeps guarded forms from being sent twice.
import { initAll } from "../nhsuk/nhsuk-frontend.min.js";
import "./submit-once.js";

initAll();
