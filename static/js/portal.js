// Starts the NHS.UK frontend components (header menu, skip link, radios...) on every page,
// and keeps guarded forms from being sent twice.
import * as nhsuk from "../nhsuk/nhsuk-frontend.min.js";
import "./submit-once.js";

// The body is marked as supported by static/js/supported.js, the first thing in <body>.
// A component that cannot start says so as an error (createAll's default is console.log, which
// hid "SupportError: NHS.UK frontend initialised without <body class=...>"): the browser tests
// fail on any console error.
const onError = (error, context) =>
  console.error(error, context.component ? context.component.moduleName : "");

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

for (const Component of COMPONENTS) {
  nhsuk.createAll(Component, undefined, { onError });
}
