/**
 * Follow the Office theme: Office gives the body background colour of the
 * current theme (white, grey, dark grey, black); a dark background picks
 * Fluent's dark theme. Outside Office the browser's colour scheme decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white), null when unreadable. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (match === null) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = parseInt(part ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkTheme(officeTheme: OfficeThemeLike | undefined, prefersDark: boolean): boolean {
  const lum = officeTheme?.bodyBackgroundColor === undefined ? null : luminance(officeTheme.bodyBackgroundColor);
  return lum === null ? prefersDark : lum < 0.3;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
