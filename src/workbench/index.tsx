// Entry of the workbench page (workbench.html): boots the simulated Excel host beside the real
// task pane; a failure is shown on the page as text, not just in the console.
import { boot } from "./host/boot";

boot(window.location.search).catch((error: unknown) => {
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  const target = document.getElementById("boot-error");
  if (target) {
    target.hidden = false;
    target.textContent = `The workbench could not start: ${message}`;
  }
  console.error(error);
});
