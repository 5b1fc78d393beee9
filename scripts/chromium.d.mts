export const EXTENSION_DIR: string;
export const CHROMIUM: string;
export function chromiumArgs(options?: { headless?: boolean; extensionDir?: string | null }): string[];
