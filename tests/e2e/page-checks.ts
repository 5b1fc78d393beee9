/** Checks any extension page should pass, and common steps, shared by the e2e tests. */
import type { Page } from 'playwright-core';

/** Duplicate ids, controls without an accessible label, and the page's overflow beyond its width. */
export async function pageProblems(page: Page): Promise<{ duplicateIds: string[]; unlabelled: string[]; overflow: number }> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    const unlabelled = [...document.querySelectorAll('input, select, textarea')]
      .filter((control) => (control as HTMLInputElement).type !== 'hidden')
      .filter((control) => (control as HTMLInputElement).labels?.length === 0 && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby'))
      .map((control) => control.outerHTML.slice(0, 120));
    return {
      duplicateIds: [...seen].filter(([, count]) => count > 1).map(([id]) => id),
      unlabelled,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** Loads the sample workspace from the Settings page `settings`, replacing what is there if it asks. */
export async function loadSample(settings: Page): Promise<void> {
  await settings.getByRole('button', { name: 'Load sample workspace' }).click();
  const replace = settings.getByRole('button', { name: 'Replace with the sample' });
  if (await replace.isVisible()) await replace.click();
  await settings.getByText('The sample workspace is loaded.').waitFor();
}
