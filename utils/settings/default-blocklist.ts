/**
 * The blocklist a new install starts with: sites whose pages are private (mail, banking and
 * payments, health records, password managers, sign-in pages). Corroborate never reads them.
 * Entries are host names (matching the host and its subdomains) or `*` wildcard patterns
 * (see utils/settings/domains.ts). The reader can edit the list in the options page.
 */

/** Web mail. */
const MAIL = [
  'mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com',
  'mail.yahoo.com', 'mail.aol.com', 'mail.proton.me', 'proton.me', 'mail.zoho.com',
  'fastmail.com', 'icloud.com', 'gmx.com', 'gmx.net', 'web.de', 'mail.ru',
];

/** Banks, cards, payments and brokers; `*.bank` covers the bank-only top-level domain. */
const MONEY = [
  '*.bank', 'paypal.com', 'venmo.com', 'wise.com', 'revolut.com', 'monzo.com', 'stripe.com',
  'chase.com', 'bankofamerica.com', 'wellsfargo.com', 'citi.com', 'citibank.com', 'capitalone.com',
  'usbank.com', 'pnc.com', 'americanexpress.com', 'discover.com', 'schwab.com', 'fidelity.com',
  'vanguard.com', 'hsbc.com', 'hsbc.co.uk', 'barclays.co.uk', 'lloydsbank.com', 'natwest.com',
  'santander.co.uk', 'nationwide.co.uk', 'ing.com', 'deutsche-bank.de', 'sparkasse.de',
  'coinbase.com', 'binance.com',
];

/** Health records and patient portals (health sites are blocked even where they publish news). */
const HEALTH = [
  'mychart.*', '*.mychart.com', 'mychart.com', 'nhs.uk', 'myhealth.va.gov', 'healthcare.gov',
  'kp.org', 'followmyhealth.com', 'zocdoc.com', 'patient.info', 'webmd.com', 'mayoclinic.org',
  '23andme.com', 'doctolib.fr', 'doctolib.de',
];

/** Accounts, sign-in pages and password managers. */
const ACCOUNTS = [
  'accounts.google.com', 'login.microsoftonline.com', 'login.live.com', 'appleid.apple.com',
  '1password.com', 'bitwarden.com', 'lastpass.com', 'login.*', 'signin.*', 'auth.*',
];

/** The default blocklist (normalised: lower-case, no `www.`). */
export const DEFAULT_BLOCKLIST: readonly string[] = Object.freeze([...MAIL, ...MONEY, ...HEALTH, ...ACCOUNTS]);
