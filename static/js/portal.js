// Starts the NHS.UK frontend components (header menu, skip link, radios...) on every page,
// and keeps guarded forms from being sent twice.
import * as nhsuk from "../nhsuk/nhsuk-frontend.min.js";
import "./submit-once.js";

// What initAll() starts, less FileUpload: its drop zone (nhsuk-frontend 10.6) names its button
// so that axe-core finds a serious label-content-name-mismatch. The plain file input stays.
const COMPONENTS = [
  nhsuk.Button,
  nhsuk.CharacterCount,
  nhsuk.Checkboxes,
  nhsuk.Code,
  nhsuk.ErrorSummary,
  nhsuk.Header,
  nhsuk.NotificationBanner,
  nhsuk.PasswordInput,
  nhsuk.Radios,
  nhsuk.Scroll,
  nhsuk.SkipLink,
  nhsuk.Table,
  nhsuk.Tabs,
];

// The design system starts only on a body marked as supported, which its own template does
// with an inline <script>; the Content-Security-Policy refuses inline scripts, and this module
// running at all is the support test (browsers without modules never load it).
document.body.classList.add("nhsuk-frontend-supported");

for (const Component of COMPONENTS) {
  nhsuk.createAll(Component);
}
