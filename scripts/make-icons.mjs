#!/usr/bin/env node
// Draws the Framelens icon (a lens over a highlighted line) as SVG and renders it to
// public/icon/<size>.png in Chromium, so the PNGs can be rebuilt from this one file.
// Usage: node scripts/make-icons.mjs   (needs Chromium: CHROMIUM_PATH or /usr/lib/chromium/chromium)
import path from 'node:path';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-chromium.mjs';

const SIZES = [16, 32, 48, 96, 128];
const OUT = path.resolve(import.meta.dirname, '../public/icon');

// 128-unit canvas; the strokes are thick enough to survive 16 px.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b6e69"/>
  <rect x="30" y="48" width="52" height="18" rx="4" fill="#f4c430"/>
  <circle cx="56" cy="57" r="30" fill="none" stroke="#ffffff" stroke-width="12"/>
  <line x1="79" y1="80" x2="103" y2="104" stroke="#ffffff" stroke-width="15" stroke-linecap="round"/>
</svg>`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('make-icons: no Chromium found (set CHROMIUM_PATH or apt-get install chromium)');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const file = path.join(OUT, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`make-icons: wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}
