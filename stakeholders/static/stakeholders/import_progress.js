// Polls an import job's progress and updates the bar; reloads the page when the job ends.
// Without JavaScript the page's "Check progress" link does the same by hand.
const box = document.querySelector("[data-import-status]");
if (box) {
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  const notice = box.querySelector("[data-job-notice]");
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.importStatus, { credentials: "same-origin" });
      const status = await response.json();
      if (!status.running) {
        window.location.reload();
        return;
      }
      bar.value = status.percent;
      text.textContent = `${status.phase || status.status_label}: ${status.processed} of ${status.total} rows (${status.percent}%)`;
      // Held up by the queue or a worker that stopped: say what happens next.
      notice.hidden = !status.notice;
      notice.querySelector("p").textContent = status.notice;
    } catch (error) {
      // A missed poll is harmless: the next one catches up.
    }
    window.setTimeout(poll, 2000);
  };
  window.setTimeout(poll, 2000);
}
