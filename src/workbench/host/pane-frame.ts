// The task pane as Excel on the web hosts it: the add-in's page, exactly as built, in its own
// frame the width of Excel's pane. Opening another workbook loads the page afresh (Excel gives
// each workbook its own runtime); ShowTaskpane shows the pane again after it was closed. With
// co-authors each pane has a caption naming whose it is, and a frame name to find its bridge by.

export const PANE_TITLE = "CellCRM task pane";

export class PaneFrame {
  private frame: HTMLIFrameElement | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly src: string,
    private readonly widthPx: number,
    private readonly coauthor?: { readonly frameName: string; readonly caption: string },
  ) {}

  load(): void {
    const frame = document.createElement("iframe");
    frame.title = this.coauthor ? `${PANE_TITLE} of ${this.coauthor.caption}` : PANE_TITLE;
    frame.name = this.coauthor?.frameName ?? "cellcrm-pane";
    frame.src = this.src;
    const height = this.coauthor ? "calc(100% - 28px)" : "100%";
    frame.style.cssText = `width:${this.widthPx}px;height:${height};border:0;display:block`;
    this.frame = frame;
    this.host.style.width = `${this.widthPx}px`;
    this.host.replaceChildren(...this.captionElement(), frame);
    this.show();
  }

  private captionElement(): HTMLElement[] {
    if (!this.coauthor) return [];
    const caption = document.createElement("div");
    caption.className = "pane-caption";
    caption.textContent = this.coauthor.caption;
    return [caption];
  }

  show(): void {
    this.host.hidden = false;
    if (!this.frame) this.load();
  }

  get window(): Window | undefined {
    return this.frame?.contentWindow ?? undefined;
  }
}
