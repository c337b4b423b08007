// Polls a report job's progress and updates the bar; reloads the page when the job ends.
// Without JavaScript the page refreshes itself (Refresh header) and has a "Check progress" link.
const box = document.querySelector("[data-regeneration-status]");
if (box) {
  const bar = box.querySelector("progress");
  const text = box.querySelector("[data-progress-text]");
  const notice = box.querySelector("[data-job-notice]");
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.regenerationStatus, { credentials: "same-origin" });
      const status = await response.json();
      if (!status.running) {
        window.location.reload();
        return;
      }
      bar.value = status.progress;
      text.textContent = `${status.phase || status.status_label} (${status.progress}%)`;
      notice.hidden = !status.notice;
      notice.querySelector("p").textContent = status.notice;
    } catch (error) {
      // A missed poll is harmless: the next one catches up.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
}
