// Renders app/icon.svg into the raster icons browsers ask for by name: public/favicon.ico (16, 32
// and 48 px PNGs in an ICO container, which every browser since 2008 reads) and
// public/apple-touch-icon.png (180 px, square and opaque: iOS rounds the corners itself).
// Run after changing the icon: `npx tsx scripts/generate-icons.ts`. Uses the e2e tests' Chromium.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("app/icon.svg", "utf8");
const BRAND = "#1f5f5b";

async function render(size: number, opaque: boolean): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const background = opaque ? BRAND : "transparent";
  const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:${background}">${sized}</body></html>`);
  const png = await page.screenshot({ omitBackground: !opaque, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

/** An ICO file whose images are PNGs: a 6-byte header, one 16-byte entry per image, then the images. */
function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const icoSizes = [16, 32, 48];
  const images = [];
  for (const size of icoSizes) images.push({ size, png: await render(size, false) });
  writeFileSync("public/favicon.ico", icoOf(images));
  writeFileSync("public/apple-touch-icon.png", await render(180, true));
  console.log(`Wrote public/favicon.ico (${icoSizes.join(", ")} px) and public/apple-touch-icon.png (180 px).`);
} finally {
  await browser.close();
}
