import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * WXT build configuration. The manifest is built per browser: Chrome gets the
 * side panel, Firefox gets `sidebar_action` (WXT maps entrypoints/sidepanel to it).
 * Permissions are the documented minimum; tests/unit/manifest.test.ts pins them.
 */
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  imports: false,
  // CORROBORATE_UNMINIFIED: set by `npm run bench:browser -- --profile FILE` so profiles name functions.
  vite: () => ({ plugins: [preact()], ...(process.env.CORROBORATE_UNMINIFIED ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: 'Corroborate',
    description:
      'Who else reported this, and how did their wording differ? Compares each statement with coverage you have read. Private: nothing leaves your device.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      // Chrome: the side panel, and an offscreen document to extract pages off their main thread
      // (Firefox: sidebar_action needs no permission, and its background page can parse HTML).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: {
      default_title: 'Corroborate: open the coverage sidebar',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    commands: {
      // Chrome: the action's click opens the side panel; Firefox: toggles sidebar_action.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open the Corroborate sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'corroborate@example.org',
              strict_min_version: '140.0',
              // Firefox's built-in data consent: Corroborate collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
