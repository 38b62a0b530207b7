// The task pane as Excel on the web hosts it: the add-in's page, exactly as built, in its own
// frame the width of Excel's pane. Opening another workbook loads the page afresh (Excel gives
// each workbook its own runtime); ShowTaskpane shows the pane again after it was closed.

export const PANE_TITLE = "CellCRM task pane";

export class PaneFrame {
  private frame: HTMLIFrameElement | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly src: string,
    private readonly widthPx: number,
  ) {}

  load(): void {
    const frame = document.createElement("iframe");
    frame.title = PANE_TITLE;
    frame.name = "cellcrm-pane";
    frame.src = this.src;
    frame.style.cssText = `width:${this.widthPx}px;height:100%;border:0;display:block`;
    this.frame = frame;
    this.host.style.width = `${this.widthPx}px`;
    this.host.replaceChildren(frame);
    this.show();
  }

  show(): void {
    this.host.hidden = false;
    if (!this.frame) this.load();
  }

  get window(): Window | undefined {
    return this.frame?.contentWindow ?? undefined;
  }
}
