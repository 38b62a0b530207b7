// Office's theme as "dark or not": Office tells an add-in its theme's body colours (Excel on
// Windows and the web); a dark body means a dark pane. Undefined where the host does not say.

export type ThemeWatcher = (listener: (dark: boolean) => void) => () => void;

export function officeThemeWatcher(): ThemeWatcher | undefined {
  const background = officeBodyBackground();
  if (background === undefined) return undefined;
  return (listener) => {
    listener(isDark(background));
    // Office has no theme-change event for Excel add-ins; a changed theme applies on reopening.
    return () => undefined;
  };
}

function officeBodyBackground(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  const theme = Office.context?.officeTheme;
  const colour = theme?.bodyBackgroundColor;
  return typeof colour === "string" && /^#?[0-9a-f]{6}$/i.test(colour) ? colour : undefined;
}

/** Relative luminance below one half (sRGB weights), e.g. "#1f1f1f" → dark. */
export function isDark(hex: string): boolean {
  const value = parseInt(hex.replace("#", ""), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
