// The built extension: its manifest, icons, locales and bundles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, hostPermissions, platformMatches } from '@/utils/platforms';
import { librariesIn } from './bundle-check';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  icons: Record<string, string>;
  content_scripts?: { js: string[]; matches: string[]; run_at?: string; all_frames?: boolean; world?: string }[];
};

function filesUnder(dir: string, name = /\.js$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest', () => {
  it('asks for exactly the permissions Mkakati needs', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(hostPermissions());
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('declares the background, side panel and popup, named through _locales', () => {
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: '__MSG_extName__',
      default_locale: 'en',
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'sidepanel.html' },
      action: { default_popup: 'popup.html' },
    });
    for (const language of ['en', 'sw']) {
      const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName!.message).toBe('Mkakati');
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
    }
  });

  it('has a real icon at every size', () => {
    for (const size of ['16', '32', '48', '128']) {
      expect(manifest.icons[size]).toBeDefined();
      expect(pngSize(join(EXTENSION_DIR, manifest.icons[size]!))).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('bundles', () => {
  it('the detector recognises React, Dexie and zod where they are (the side panel)', () => {
    const sidePanelCode = filesUnder(join(EXTENSION_DIR, 'chunks')).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(librariesIn(sidePanelCode).sort()).toEqual(['dexie', 'react', 'zod']);
  });

  it('content scripts contain no React, Dexie or zod', () => {
    const scripts = [
      ...filesUnder(join(EXTENSION_DIR, 'content-scripts')),
      ...(manifest.content_scripts ?? []).flatMap((entry) => entry.js.map((js) => join(EXTENSION_DIR, js))),
    ];
    for (const script of new Set(scripts)) expect(librariesIn(readFileSync(script, 'utf8')), script).toEqual([]);
  });

  it('has one collector per platform, on that platform’s pages only, in the isolated world', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.map((entry) => [...entry.matches].sort())).toEqual(expect.arrayContaining(PLATFORMS.map((platform) => [...platformMatches(platform)].sort())));
    expect(scripts).toHaveLength(PLATFORMS.length);
    for (const entry of scripts) {
      expect(entry.world, 'no main-world script').toBeUndefined();
      expect(entry.all_frames ?? false, 'top frames only').toBe(false);
      expect(entry.run_at).toBe('document_idle');
    }
  });

  it('content scripts make no requests of their own and write nothing into the page', () => {
    for (const entry of manifest.content_scripts ?? []) {
      const code = entry.js.map((js) => readFileSync(join(EXTENSION_DIR, js), 'utf8')).join('\n');
      for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'importScripts', '.innerHTML', 'insertAdjacentHTML', 'document.write', 'scrollTo', 'scrollBy', 'scrollIntoView', '.click()']) {
        expect(code.includes(api), `${entry.js.join()} uses ${api}`).toBe(false);
      }
    }
  });

  it('every content script stays within 30 KB minified', () => {
    for (const entry of manifest.content_scripts ?? []) {
      for (const js of entry.js) expect(readFileSync(join(EXTENSION_DIR, js)).length, js).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('has no HTML sinks: only React DOM’s own, which nothing of ours can reach', () => {
    // React DOM's innerHTML: a constant <script> for createElement, `dangerouslySetInnerHTML` (which lint
    // forbids in our code, and which the source must not name), and the prop names it skips.
    const REACT_OWN = [/\.innerHTML=`<script><\\\/script>`/g, /\.__html!==\w+&&\(\w+\.innerHTML=\w+\)/g, /case`innerHTML`:/g];
    const files = filesUnder(EXTENSION_DIR);
    expect(files.length).toBeGreaterThan(10);
    let reactOwn = 0;
    for (const file of files) {
      let code = readFileSync(file, 'utf8');
      for (const sink of ['outerHTML', 'insertAdjacentHTML', 'document.write', 'srcdoc', 'createContextualFragment', 'parseFromString', 'eval(']) {
        expect(code.includes(sink), `${file} uses ${sink}`).toBe(false);
      }
      for (const pattern of REACT_OWN) code = code.replace(pattern, () => (reactOwn++, ''));
      expect(code.includes('innerHTML'), `${file} writes HTML`).toBe(false);
    }
    expect(reactOwn).toBeGreaterThan(0);
    for (const file of ['components', 'entrypoints', 'storage', 'utils'].flatMap((dir) => filesUnder(dir, /\.tsx?$/))) {
      const source = readFileSync(file, 'utf8');
      expect(/dangerouslySetInnerHTML|__html|innerHTML|outerHTML/.test(source), `${file} names an HTML sink`).toBe(false);
    }
  });

  it('the background bundles no React', () => {
    expect(librariesIn(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8'))).not.toContain('react');
  });
});
