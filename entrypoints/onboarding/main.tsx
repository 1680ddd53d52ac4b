/** Onboarding page (opened once on install at /onboarding.html): wiring only. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OnboardingApp } from '../../components/options/OnboardingApp';
import { extensionSettingsStore } from '../../extension/settings';
import '../../components/options/options.css';

render(
  <OnboardingApp store={extensionSettingsStore} openOptions={() => void browser.runtime.openOptionsPage()} />,
  document.getElementById('app')!,
);
