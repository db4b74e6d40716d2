import { expect, test } from "@playwright/test";

test("a board member can read how answers become a recommendation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the diagnostic reaches its answer");
  for (const title of ["From answers to scores", "From scores to a class per constraint", "From classes to a recommendation"]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  await expect(page.getByText(/A score of \d+ or more marks a deficit/)).toBeVisible();
});
