/** Options page: wiring only (library database, settings storage, tabs). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { LibraryDb } from '../../utils/library/db';
import { extensionSettingsStore } from '../../extension/settings';
import '../../components/options/options.css';

const db = new LibraryDb();
render(
  <OptionsApp db={db} store={extensionSettingsStore} openTab={(url) => void browser.tabs.create({ url })} />,
  document.getElementById('app')!,
);
