// Follows a background job (an import, a report made again): polls the JSON at the box's
// data-job-status URL, moves the bar and says what the job is doing; reloads the page when the
// job ends. Without JavaScript each page has a "Check progress" link (and may refresh itself).
const box = document.querySelector("[data-job-status]");
if (box) {
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  const notice = box.querySelector("[data-job-notice]");
  const every = Number(box.dataset.pollMs || 2000);
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.jobStatus, { credentials: "same-origin" });
      const status = await response.json();
      if (!status.running) {
        window.location.reload();
        return;
      }
      bar.value = status.percent;
      text.textContent = status.text;
      // Held up by the queue or a worker that stopped: say what happens next.
      notice.hidden = !status.notice;
      notice.querySelector("p").textContent = status.notice;
    } catch (error) {
      // A missed poll is harmless: the next one catches up.
    }
    window.setTimeout(poll, every);
  };
  window.setTimeout(poll, every);
}
