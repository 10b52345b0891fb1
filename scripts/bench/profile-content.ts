/**
 * Where the content script's main-thread time goes on one page (issue 7): loads the built
 * extension into headless Chromium, records a V8 CPU profile of the page's renderer from before
 * navigation until Framelens' last mark, and prints the self time spent in the extension's
 * scripts by file and by function (the page's own scripts are left out). Several loads are
 * summed, so small costs show.
 *
 * Usage: tsx scripts/bench/profile-content.ts [--pages=plain,demo] [--runs=5] [--top=15]
 */
import { extensionDir } from '../lib/output-dir.mjs';
import { launchBenchBrowser } from './bench-browser-context';
import { benchPages, serveBench } from './bench-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pageIds = option('pages', 'plain,demo').split(',');
const runs = Number(option('runs', '5'));
const top = Number(option('top', '15'));

/** Self time (ms) per node id from the samples. */
function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return self;
}

async function main(): Promise<void> {
  const server = await serveBench(benchPages(false).filter((p) => pageIds.includes(p.id)), new Map());
  const browser = await launchBenchBrowser(extensionDir('chrome-mv3'));
  const { context } = browser;
  try {
    for (const id of pageIds) {
      const byFile = new Map<string, number>();
      const byFunction = new Map<string, number>();
      for (let run = 0; run < runs + 1; run++) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.goto(server.pageUrl(id), { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: 10_000 }).catch(() => undefined);
        await page.waitForTimeout(200);
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        await page.close();
        if (run === 0) continue; // the first load warms the browser and the service worker
        for (const [nodeId, ms] of selfTimes(profile)) {
          const node = profile.nodes.find((n) => n.id === nodeId);
          const url = node?.callFrame.url ?? '';
          if (!url.startsWith('chrome-extension://')) continue;
          const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
          byFile.set(file, (byFile.get(file) ?? 0) + ms);
          const fn = `${node?.callFrame.functionName || '(anonymous)'} ${file}:${node?.callFrame.lineNumber ?? 0}`;
          byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
        }
      }
      const total = [...byFile.values()].reduce((a, b) => a + b, 0);
      console.log(`\n## ${id}: ${(total / runs).toFixed(2)} ms self time in extension scripts per load (mean of ${runs})`);
      for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`  ${(ms / runs).toFixed(2).padStart(7)} ms  ${file}`);
      console.log('  top functions:');
      for (const [fn, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(ms / runs).toFixed(2).padStart(7)} ms  ${fn}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
