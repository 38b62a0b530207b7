// Workbook.settings.onSettingsChanged (ExcelApi 1.4): every registered add-in instance hears that
// the document's settings changed once a request that changed them ends — its own requests and a
// co-author's alike (Excel's docs do not say the local change is left out, so the add-in is held
// to the harder case). Handlers run on a later task, as Excel's events do.

export type SettingsHandler = () => unknown;

export class SettingsEventHub {
  private handlers: SettingsHandler[] = [];
  private pending = false;

  /** A setting was added, changed or deleted in the request under way. */
  changed(): void {
    this.pending = true;
  }

  /** The request was rolled back: its setting changes never happened. */
  discard(): void {
    this.pending = false;
  }

  add(handler: SettingsHandler): () => void {
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  /** After a request: tells every handler, if the request changed a setting. */
  dispatch(): void {
    const targets = this.handlers.slice();
    if (!this.pending) return;
    this.pending = false;
    setTimeout(() => {
      for (const handler of targets) {
        Promise.resolve()
          .then(handler)
          .catch(() => undefined);
      }
    }, 0);
  }
}
