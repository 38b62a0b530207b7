// Task pane entry for the add-in page: waits for Office, then renders the pane.
import { whenOfficeReady } from "../excel/office-ready";
import { mountTaskpane } from "./mount";

void whenOfficeReady().then(() => {
  const root = document.getElementById("root");
  if (root) mountTaskpane(root);
});
