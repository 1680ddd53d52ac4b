/**
 * The temporary Firefox profile of the e2e test: a user.js that pins the extension's internal
 * UUID (so its pages have a known moz-extension:// address), resolves the demo story's `*.test`
 * hosts to the loopback, downloads into a given folder without asking, and turns off the
 * browser's own network chatter (telemetry, experiments, captive-portal checks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalRoutes } from '../../../scripts/lib/static-server.ts';
import { DEMO_STORY_DIR, EXTRA_PAGES } from '../harness';

/** The moz-extension:// host, pinned through the `extensions.webextensions.uuids` pref. */
export const EXTENSION_UUID = '11111111-2222-3333-4444-555555555555';

/** Makes a profile whose user.js pins the extension's UUID, puts the `*.test` hosts on the loopback and downloads without asking. */
export function writeProfile(profile: string, downloadDir: string, addonId: string): void {
  const hosts = [...canonicalRoutes(DEMO_STORY_DIR).values()].map((u) => u.hostname).concat(Object.keys(EXTRA_PAGES));
  const prefs: Record<string, string | number | boolean> = {
    'remote.active-protocols': 1, // WebDriver BiDi only
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'network.dns.localDomains': hosts.join(','),
    'network.proxy.type': 0,
    'dom.security.https_first': false,
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
  mkdirSync(profile, { recursive: true });
  mkdirSync(downloadDir, { recursive: true });
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
}

