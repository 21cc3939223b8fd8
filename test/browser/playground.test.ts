/**
 * The playground (docs/playground/, built by `npm run docs` from playground/) in a real headless
 * Chromium: akhbar's browser build loads, analyses the samples and a typed text, and the page
 * shows the repairs, entities, sentences and stance it returned.
 *
 * Needs the built page (`npm run build && npm run docs`) and Chromium at /usr/bin/chromium (or
 * AKHBAR_CHROMIUM; `apt-get install chromium`). Without them the test is skipped, with a message;
 * with AKHBAR_REQUIRE_BROWSER=1 (CI) it fails instead. The screenshot goes to
 * $AKHBAR_SCREENSHOT_DIR or <tmpdir>/akhbar-playground/.
 */
import { existsSync, mkdirSync, readFile, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../playground/samples.js';

const ROOT = fileURLToPath(new URL('../../docs/playground/', import.meta.url));
const CHROMIUM = process.env.AKHBAR_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRED = process.env.AKHBAR_REQUIRE_BROWSER === '1';
const SHOTS = process.env.AKHBAR_SCREENSHOT_DIR ?? join(tmpdir(), 'akhbar-playground');

const missing: string[] = [];
if (!existsSync(join(ROOT, 'index.html'))) missing.push('the built playground docs/playground/index.html (run `npm run build && npm run docs`)');
if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM} (run \`apt-get install chromium\`, or set AKHBAR_CHROMIUM to a Chromium binary)`);
const why = `missing ${missing.join(' and ')}`;

// Loading 8 MB of JavaScript and decoding the lexicon takes a few seconds, more on a busy machine.
const LOAD_TIMEOUT = 90_000;
const TEST_TIMEOUT = 150_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server of `root` on 127.0.0.1, on a free port. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    readFile(file, (err, body) => {
      if (err) {
        res.writeHead(500).end(String(err));
        return;
      }
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Strips the bidi isolates the page puts around Arabic in title attributes. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u2066-\u2069]/g, '');

const sample = (id: string): string => {
  const s = SAMPLES.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no sample ${id}`);
  return s.text;
};

if (missing.length > 0 && REQUIRED) {
  describe('playground in a real browser', () => {
    it('has the built playground and Chromium (AKHBAR_REQUIRE_BROWSER=1)', () => {
      throw new Error(`AKHBAR_REQUIRE_BROWSER=1 but ${why}`);
    });
  });
} else if (missing.length > 0) {
  console.warn(`[test/browser] playground browser test SKIPPED: ${why}. Set AKHBAR_REQUIRE_BROWSER=1 to make this a failure.`);
  describe('playground in a real browser', () => {
    it.skip(`skipped: ${why}`, () => {});
  });
} else {
  describe('playground in a real browser', () => {
    let server: Server | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let url = '';
    const problems: string[] = [];

    beforeAll(async () => {
      server = await serve(ROOT);
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await page.goto(url);
      // The library is loaded and the first sample analysed.
      await page.waitForSelector('html[data-akhbar="loaded"]', { timeout: LOAD_TIMEOUT });
      await page.waitForSelector('#results[data-state="done"]', { timeout: LOAD_TIMEOUT });
    }, LOAD_TIMEOUT + 30_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    });

    /** The number of analyses the page has run. */
    const runs = (): Promise<number> => page.evaluate(() => Number(document.getElementById('results')!.dataset.runs ?? '0'));
    /** Waits for the page to finish an analysis after the `before`-th. */
    const analysed = (before: number): Promise<unknown> =>
      page.waitForFunction((n) => Number(document.getElementById('results')!.dataset.runs ?? '0') > n, before, { timeout: 30_000 });

    /** The highlights of a kind in the annotated text. */
    const entities = (): Promise<string[][]> =>
      page.$$eval('#annotated span.ent', (els) => els.map((el) => [(el as HTMLElement).dataset.entityId!, (el as HTMLElement).dataset.type!, el.textContent!]));
    const edits = (): Promise<Record<string, string | null>[]> =>
      page.$$eval('#annotated mark.edit', (els) =>
        els.map((el) => {
          const d = (el as HTMLElement).dataset;
          return {
            kind: d.kind ?? null,
            before: d.before ?? null,
            after: d.after ?? null,
            wordBefore: d.wordBefore ?? null,
            wordAfter: d.wordAfter ?? null,
            text: el.textContent,
            title: el.getAttribute('title'),
            insert: String(el.classList.contains('edit--insert')),
            entity: (el.closest('span.ent') as HTMLElement | null)?.dataset.entityId ?? null,
          };
        }),
      );

    it(
      'analyses the coalition sample: repair, entities, sentences, stance, timing',
      async () => {
        const before = await runs();
        await page.click('button[data-sample="coalition"]');
        await analysed(before);
        expect(await page.$eval('button[data-sample="coalition"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
        expect(await page.inputValue('#text')).toBe(sample('coalition'));

        // The text is shown right to left, in Arabic, as given.
        expect(await page.$eval('#annotated', (el) => [el.getAttribute('dir'), el.getAttribute('lang'), el.textContent])).toEqual(['rtl', 'ar', sample('coalition')]);

        // The repair: إنتهاء → انتهاء (the hamza of hamzat al-wasl), shown on hover and in the list.
        const [edit, ...more] = await edits();
        expect(more).toEqual([]);
        expect(edit).toMatchObject({ kind: 'hamzat-wasl', before: 'إ', after: 'ا', wordBefore: 'إنتهاء', wordAfter: 'انتهاء', text: 'إ', insert: 'false' });
        expect(plain(edit!.title).split('\n')[0]).toBe('Repair (hamzat-wasl): إنتهاء → انتهاء');
        expect(await page.$$eval('#repairs li.repair', (els) => els.map((el) => [el.querySelector('.before')!.textContent, el.querySelector('.after')!.textContent]))).toEqual([
          ['إنتهاء', 'انتهاء'],
        ]);
        expect(await page.textContent('#repaired')).toBe(sample('coalition').replace('إنتهاء', 'انتهاء'));

        // Focusing the repair (keyboard) shows it in the inspector.
        await page.focus('#annotated mark.edit');
        const inspected = await page.textContent('#inspector');
        expect(inspected).toContain('إنتهاء → انتهاء');
        expect(inspected).toContain('hamza on hamzat al-wasl');

        // The entities, coloured by type, with the gazetteer's ids.
        expect(await entities()).toEqual([
          ['global-coalition-against-isis', 'organization', 'التحالف الدولي'],
          ['isil', 'organization', 'داعش'],
          ['iraq', 'location', 'العراق'],
          ['global-coalition-against-isis', 'organization', 'التحالف'],
          ['baghdad', 'location', 'بغداد'],
          ['global-coalition-against-isis', 'organization', 'لتحالف الدولي'],
          ['united-nations', 'organization', 'لأمم المتحدة'],
          ['antonio-guterres', 'person', 'أنطونيو غوتيريش'],
        ]);
        const colour = (id: string): Promise<string> => page.$eval(`#annotated span.ent[data-entity-id="${id}"]`, (el) => getComputedStyle(el).borderBottomColor);
        expect(await colour('antonio-guterres')).toBe('rgb(124, 58, 237)');
        expect(await colour('baghdad')).toBe('rgb(14, 116, 144)');
        expect(await colour('united-nations')).toBe('rgb(180, 83, 9)');
        expect(await page.$eval('#annotated span.ent[data-entity-id="baghdad"]', (el) => el.getAttribute('title'))).toBe('location: baghdad (name)');
        expect(await page.$$eval('#entities li.entity', (els) => els.map((el) => (el as HTMLElement).dataset.entityId))).toEqual([
          'global-coalition-against-isis',
          'isil',
          'iraq',
          'baghdad',
          'united-nations',
          'antonio-guterres',
        ]);

        // The sentences: shaded in turn in the text, and listed.
        const sentences = [
          'أعلن التحالف الدولي ضد تنظيم «داعش» إنتهاء المرحلة الأولى من عملياته العسكرية غرب العراق، وقال المتحدث باسم التحالف إن الضربات الجوية حققت نجاحا كبيرا في إضعاف التنظيم.',
          'لكن مصادر طبية في بغداد أكدت أن الغارات أوقعت عشرات القتلى من المدنيين.',
          'وتكشف هذه الحصيلة الفشل الذريع للتحالف الدولي في حماية السكان، بينما دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى فتح تحقيق مستقل.',
        ];
        expect(await page.$$eval('#annotated span.sent', (els) => els.map((el) => [el.textContent, el.classList.contains('sent--odd')]))).toEqual(
          sentences.map((s, i) => [s, i % 2 === 1]),
        );
        expect(await page.$$eval('#sentences li', (els) => els.map((el) => el.textContent))).toEqual(sentences);

        // The stance: critical of the coalition by the author's الفشل الذريع, favourable in its spokesman's words.
        expect(await page.$$eval('#stance article.report', (els) => els.map((el) => [(el as HTMLElement).dataset.target, (el as HTMLElement).dataset.label]))).toEqual([
          ['global-coalition-against-isis', 'against'],
          ['iraq', 'neutral'],
        ]);
        expect(
          await page.$$eval('#annotated span.ev', (els) =>
            els.map((el) => [el.textContent, (el as HTMLElement).dataset.targets, (el as HTMLElement).dataset.polarity, (el as HTMLElement).dataset.voice]),
          ),
        ).toEqual([
          ['حققت', 'global-coalition-against-isis', 'favor', 'attributed'],
          ['نجاحا', 'global-coalition-against-isis', 'favor', 'attributed'],
          ['إضعاف التنظيم', 'global-coalition-against-isis', 'favor', 'attributed'],
          ['الفشل الذريع', 'global-coalition-against-isis', 'against', 'author'],
        ]);
        expect(await page.$eval('#stance article[data-target="global-coalition-against-isis"] .badge', (el) => el.textContent)).toBe('critical');
        expect(await page.$$eval('#stance article[data-target="global-coalition-against-isis"] .evidence .cue', (els) => els.map((el) => el.textContent))).toEqual([
          'حققت',
          'نجاحا',
          'إضعاف التنظيم',
          'الفشل الذريع',
        ]);
        // Hovering an evidence item lights up its cue in the text.
        await page.hover('#stance article[data-target="global-coalition-against-isis"] .evidence li:last-child');
        expect(await page.$$eval('#annotated .is-hot', (els) => els.map((el) => el.textContent))).toEqual(['الفشل الذريع']);
        // And the card, its target's mentions and evidence.
        expect(await page.$$eval('#annotated .is-target', (els) => els.length)).toBe(3 + 4);

        // The timing.
        const ms = Number(await page.$eval('#timing', (el) => (el as HTMLElement).dataset.ms));
        expect(Number.isFinite(ms) && ms >= 0).toBe(true);
        expect(await page.textContent('#timing')).toMatch(/^analyze\(\): [\d.]+ ms · drawing: [\d.]+ ms$/);
        expect(await page.textContent('#status')).toMatch(new RegExp(`^Analysed ${sample('coalition').length} characters in [\\d.]+ ms`));

        await page.mouse.move(0, 0);
        mkdirSync(SHOTS, { recursive: true });
        const shot = join(SHOTS, 'playground.png');
        await page.screenshot({ path: shot, fullPage: true });
        console.log(`[test/browser] screenshot: ${shot}`);
        expect(problems).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    it(
      'shows the run-on word and hamzat al-wasl repairs of the EU sample, and its favourable stance',
      async () => {
        const before = await runs();
        await page.click('button[data-sample="talks"]');
        await analysed(before);
        expect(await edits()).toEqual([
          { kind: 'hamzat-wasl', before: 'إ', after: 'ا', wordBefore: 'الإتحاد', wordAfter: 'الاتحاد', text: 'إ', insert: 'false', entity: 'european-union', title: expect.any(String) },
          { kind: 'hamzat-wasl', before: 'إ', after: 'ا', wordBefore: 'بإستئناف', wordAfter: 'باستئناف', text: 'إ', insert: 'false', entity: null, title: expect.any(String) },
          // The space restored in الولاياتالمتحدة: an empty mark inside the mention of the United States.
          { kind: 'run-on', before: '', after: ' ', wordBefore: 'الولاياتالمتحدة', wordAfter: 'الولايات المتحدة', text: '', insert: 'true', entity: 'united-states', title: expect.any(String) },
        ]);
        expect(plain(await page.getAttribute('#annotated mark.edit--insert', 'title')).split('\n')[0]).toBe('Repair (run-on): الولاياتالمتحدة → الولايات المتحدة');
        expect(await page.$eval('#annotated mark.edit--insert', (el) => el.getBoundingClientRect().width)).toBeGreaterThan(0);
        expect(await entities()).toEqual([
          ['european-union', 'organization', 'الإتحاد الأوروبي'],
          ['iraq', 'location', 'العراقية'],
          ['kurdistan-regional-government', 'organization', 'حكومة إقليم كردستان'],
          ['european-union', 'organization', 'لاتحاد الأوروبي'],
          ['united-nations', 'organization', 'الأمم المتحدة'],
          ['united-states', 'location', 'الولاياتالمتحدة'],
        ]);
        expect(await page.$$eval('#annotated span.sent', (els) => els.length)).toBe(3);
        expect(await page.$$eval('#stance article.report', (els) => els.map((el) => [(el as HTMLElement).dataset.target, (el as HTMLElement).dataset.label]))).toEqual([
          ['european-union', 'favor'],
        ]);
        expect(await page.$$eval('#annotated span.ev', (els) => els.map((el) => [el.textContent, (el as HTMLElement).dataset.polarity]))).toEqual([
          ['إنجازا', 'favor'],
          ['نجح', 'favor'],
          ['الجمود', 'against'],
        ]);
        expect(problems).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    it(
      'repairs the Egyptian final ya of the visit sample and finds its people',
      async () => {
        const before = await runs();
        await page.click('button[data-sample="visit"]');
        await analysed(before);
        expect((await edits()).map((e) => [e.kind, e.wordBefore, e.wordAfter])).toEqual([
          ['alef-maqsura', 'إلي', 'إلى'],
          ['alef-maqsura', 'علي', 'على'],
          ['alef-maqsura', 'إلي', 'إلى'],
          ['alef-maqsura', 'حتي', 'حتى'],
        ]);
        expect((await entities()).filter(([, type]) => type === 'person')).toEqual([
          ['badr-abdelatty', 'person', 'بدر عبد العاطي'],
          ['fuad-hussein', 'person', 'فؤاد حسين'],
        ]);
        expect(await page.$$eval('#annotated span.sent', (els) => els.length)).toBe(2);
        expect(problems).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    it(
      'analyses typed text as it is typed, and shows markup in it as text',
      async () => {
        const before = await runs();
        const text = 'قال <b>مسؤول</b> إن الوفد وصل إلى دمشق & <img src=x onerror="alert(1)">';
        await page.fill('#text', text);
        await analysed(before); // by the debounce, with no click
        expect(await page.$eval('#annotated', (el) => el.textContent)).toBe(text);
        expect(await page.$$eval('#annotated b, #annotated img', (els) => els.length)).toBe(0);
        expect(await entities()).toEqual([['damascus', 'location', 'دمشق']]);
        expect(await page.$$eval('button.sample[aria-pressed="true"]', (els) => els.length)).toBe(0);

        // And the Analyse button, from the keyboard.
        const again = await runs();
        await page.focus('#analyse');
        await page.keyboard.press('Enter');
        await analysed(again);
        expect(problems).toEqual([]);
      },
      TEST_TIMEOUT,
    );
  });
}
