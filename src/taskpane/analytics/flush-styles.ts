// Headings and paragraphs in the Team and Process views sit flush: the views space their blocks
// with a gap, so the browser's own heading and paragraph margins would double it.
import { makeStyles } from "@fluentui/react-components";

export const useFlushStyles = makeStyles({
  flush: { margin: 0 },
});
