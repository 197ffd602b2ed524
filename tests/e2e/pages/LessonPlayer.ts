// The lesson player, as a learner uses it: the index, a step's title, Do it for me, Next, Back.
import { expect, type Locator, type Page } from '@playwright/test';

export class LessonPlayer {
  constructor(readonly page: Page) {}

  /** The lesson index (the Lessons button, or L). */
  async openIndex(): Promise<Locator> {
    await this.page.getByTestId('lessons').click();
    const dialog = this.page.getByRole('dialog', { name: 'Lessons' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  stepTitle(): Locator {
    return this.page.getByTestId('step-title');
  }

  async expectStep(n: number, title: string): Promise<void> {
    await expect(this.stepTitle()).toHaveText(title);
    await expect(this.page.getByTestId('lesson-player')).toContainText(`step ${n} of`);
  }

  /** Waits until the step's condition is met (the player says Done). */
  async expectDone(): Promise<void> {
    await expect(this.page.getByTestId('lesson-player').getByText('✓ Done')).toBeVisible();
  }

  async guess(choice: string): Promise<void> {
    await this.page.getByTestId('predict').getByLabel(choice).check();
  }

  async doIt(): Promise<void> {
    await this.page.getByTestId('do-it').click();
  }

  async next(): Promise<void> {
    await this.page.getByTestId('lesson-next').click();
  }

  async back(): Promise<void> {
    await this.page.getByTestId('lesson-back').click();
  }
}
