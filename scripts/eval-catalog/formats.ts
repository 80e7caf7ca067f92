/**
 * Token and PII formats as documented by their providers (prefixes, lengths, alphabets),
 * written independently of scrubjay's rules. Each generator returns a fresh random value.
 */
import { ALNUM, B64, B64URL, BASE32, DIGITS, HEX, LOWER, UPPER, Rng, checksummedToken, iban, luhnComplete } from './random.js';

export interface Format {
  name: string;
  family: string;
  generate: (rng: Rng) => string;
  /** Multi-line values (PEM blocks) are only placed in contexts that can hold them. */
  multiline?: boolean;
}

const LOWER_ALNUM = LOWER + DIGITS;
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.toUpperCase();

function jwtPart(rng: Rng, json: string): string {
  return Buffer.from(json).toString('base64url') + rng.str('', 0);
}

export const FORMATS: readonly Format[] = [
  // cloud
  { name: 'aws-access-key-id', family: 'cloud', generate: (r) => `AKIA${r.str(BASE32, 16)}` },
  { name: 'aws-temporary-key-id', family: 'cloud', generate: (r) => `ASIA${r.str(BASE32, 16)}` },
  { name: 'google-api-key', family: 'cloud', generate: (r) => `AIza${r.str(B64URL, 35)}` },
  { name: 'google-oauth-client-secret', family: 'cloud', generate: (r) => `GOCSPX-${r.str(B64URL, 28)}` },
  { name: 'google-oauth-access-token', family: 'cloud', generate: (r) => `ya29.a0${r.str(B64URL, 150)}` },
  { name: 'digitalocean-pat', family: 'cloud', generate: (r) => `dop_v1_${r.hex(64)}` },
  { name: 'alibaba-access-key-id', family: 'cloud', generate: (r) => `LTAI${r.str(ALNUM, 20)}` },
  { name: 'databricks-token', family: 'cloud', generate: (r) => `dapi${r.hex(32)}` },
  { name: 'azure-ad-client-secret', family: 'cloud', generate: (r) => `${r.str(ALNUM, 3)}${r.digits(1)}Q~${r.str(ALNUM + '_~.-', 34)}` },
  { name: 'netlify-pat', family: 'cloud', generate: (r) => `nfp_${r.str(ALNUM, 36)}` },
  // version control
  { name: 'github-pat-classic', family: 'vcs', generate: (r) => checksummedToken(r, 'ghp_') },
  { name: 'github-oauth-token', family: 'vcs', generate: (r) => checksummedToken(r, 'gho_') },
  { name: 'github-app-installation-token', family: 'vcs', generate: (r) => checksummedToken(r, 'ghs_') },
  { name: 'github-refresh-token', family: 'vcs', generate: (r) => checksummedToken(r, 'ghr_') },
  { name: 'github-pat-fine-grained', family: 'vcs', generate: (r) => `github_pat_${r.str(ALNUM, 22)}_${r.str(ALNUM, 59)}` },
  { name: 'gitlab-pat', family: 'vcs', generate: (r) => `glpat-${r.str(B64URL, 20)}` },
  { name: 'gitlab-deploy-token', family: 'vcs', generate: (r) => `gldt-${r.str(B64URL, 20)}` },
  { name: 'gitlab-runner-token', family: 'vcs', generate: (r) => `glrt-${r.str(B64URL, 20)}` },
  { name: 'gitlab-pipeline-trigger-token', family: 'vcs', generate: (r) => `glptt-${r.hex(40)}` },
  // registries
  { name: 'npm-access-token', family: 'registries', generate: (r) => checksummedToken(r, 'npm_') },
  { name: 'pypi-upload-token', family: 'registries', generate: (r) => `pypi-AgEIcHlwaS5vcmc${r.str(B64URL, 70)}` },
  { name: 'docker-hub-pat', family: 'registries', generate: (r) => `dckr_pat_${r.str(B64URL, 27)}` },
  { name: 'rubygems-api-key', family: 'registries', generate: (r) => `rubygems_${r.hex(48)}` },
  { name: 'nuget-api-key', family: 'registries', generate: (r) => `oy2${r.str(LOWER_ALNUM, 43)}` },
  // payments
  { name: 'stripe-secret-key', family: 'payments', generate: (r) => `sk_live_${r.str(ALNUM, r.int(24, 99))}` },
  { name: 'stripe-restricted-key', family: 'payments', generate: (r) => `rk_live_${r.str(ALNUM, r.int(24, 99))}` },
  { name: 'stripe-webhook-secret', family: 'payments', generate: (r) => `whsec_${r.str(ALNUM, 32)}` },
  { name: 'square-access-token', family: 'payments', generate: (r) => `EAAA${r.str(B64URL, 60)}` },
  { name: 'shopify-access-token', family: 'payments', generate: (r) => `shpat_${r.hex(32)}` },
  { name: 'shopify-shared-secret', family: 'payments', generate: (r) => `shpss_${r.hex(32)}` },
  { name: 'braintree-access-token', family: 'payments', generate: (r) => `access_token$production$${r.str(LOWER_ALNUM, 16)}$${r.hex(32)}` },
  // chat and messaging
  { name: 'slack-bot-token', family: 'chat', generate: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(ALNUM, 24)}` },
  { name: 'slack-user-token', family: 'chat', generate: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}` },
  { name: 'slack-app-token', family: 'chat', generate: (r) => `xapp-1-A${r.str(UPPER + DIGITS, 10)}-${r.digits(13)}-${r.hex(64)}` },
  { name: 'slack-webhook', family: 'chat', generate: (r) => `https://hooks.slack.com/services/T${r.str(UPPER + DIGITS, 8)}/B${r.str(UPPER + DIGITS, 10)}/${r.str(ALNUM, 24)}` },
  { name: 'sendgrid-api-key', family: 'chat', generate: (r) => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}` },
  { name: 'twilio-api-key-sid', family: 'chat', generate: (r) => `SK${r.hex(32)}` },
  { name: 'mailgun-api-key', family: 'chat', generate: (r) => `key-${r.hex(32)}` },
  { name: 'mailchimp-api-key', family: 'chat', generate: (r) => `${r.hex(32)}-us${r.int(1, 21)}` },
  { name: 'telegram-bot-token', family: 'chat', generate: (r) => `${r.digits(10)}:AA${r.str(B64URL, 33)}` },
  { name: 'brevo-api-key', family: 'chat', generate: (r) => `xkeysib-${r.hex(64)}-${r.str(ALNUM, 16)}` },
  // AI providers
  { name: 'openai-project-key', family: 'ai', generate: (r) => `sk-proj-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}` },
  { name: 'anthropic-api-key', family: 'ai', generate: (r) => `sk-ant-api03-${r.str(B64URL, 93)}AA` },
  { name: 'groq-api-key', family: 'ai', generate: (r) => `gsk_${r.str(ALNUM, 52)}` },
  { name: 'huggingface-token', family: 'ai', generate: (r) => `hf_${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(UPPER + LOWER, 32)}` },
  { name: 'perplexity-api-key', family: 'ai', generate: (r) => `pplx-${r.str(ALNUM, 48)}` },
  { name: 'replicate-token', family: 'ai', generate: (r) => `r8_${r.str(ALNUM, 37)}` },
  { name: 'openrouter-key', family: 'ai', generate: (r) => `sk-or-v1-${r.hex(64)}` },
  // developer tools and SaaS
  { name: 'vault-service-token', family: 'devtools', generate: (r) => `hvs.${r.str(B64URL, 92)}` },
  { name: 'terraform-cloud-token', family: 'devtools', generate: (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(ALNUM, 67)}` },
  { name: 'doppler-personal-token', family: 'devtools', generate: (r) => `dp.pt.${r.str(ALNUM, 43)}` },
  { name: 'pulumi-token', family: 'devtools', generate: (r) => `pul-${r.hex(40)}` },
  { name: 'postman-api-key', family: 'devtools', generate: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  { name: 'sonarqube-user-token', family: 'devtools', generate: (r) => `squ_${r.hex(40)}` },
  { name: 'linear-api-key', family: 'devtools', generate: (r) => `lin_api_${r.str(ALNUM, 40)}` },
  { name: 'new-relic-user-key', family: 'devtools', generate: (r) => `NRAK-${r.str(UPPER + DIGITS, 27)}` },
  { name: 'sentry-user-token', family: 'devtools', generate: (r) => `sntryu_${r.hex(64)}` },
  { name: 'grafana-service-account-token', family: 'devtools', generate: (r) => `glsa_${r.str(ALNUM, 32)}_${r.hex(8)}` },
  { name: 'airtable-pat', family: 'devtools', generate: (r) => `pat${r.str(ALNUM, 14)}.${r.hex(64)}` },
  // keys and generic credentials
  {
    name: 'jwt',
    family: 'keys',
    generate: (r) =>
      `${jwtPart(r, '{"alg":"HS256","typ":"JWT"}')}.${jwtPart(r, `{"sub":"${r.digits(10)}","iat":${r.int(1600000000, 1800000000)}}`)}.${r.str(B64URL, 43)}`,
  },
  { name: 'age-secret-key', family: 'keys', generate: (r) => `AGE-SECRET-KEY-1${r.str(BECH32, 58)}` },
  {
    name: 'pem-private-key',
    family: 'keys',
    multiline: true,
    generate: (r) => {
      const lines = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.concat(r.str(B64, 32))];
      for (let i = 0; i < 6; i++) lines.push(r.str(B64, 64));
      lines.push(`${r.str(B64, 20)}==`, '-----END PRIVATE KEY-----');
      return lines.join('\n');
    },
  },
  // PII
  { name: 'email', family: 'pii-email', generate: (r) => `${r.pick(['jane.doe', 'm.rossi', 'k_tanaka', 'olivia', 'sam.lee'])}${r.int(1, 999)}@${r.pick(['gmail.com', 'outlook.com', 'acme-corp.io', 'mail.example.org'])}` },
  { name: 'ipv4', family: 'pii-ip', generate: (r) => `${r.pick([23, 45, 81, 93, 151, 178, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` },
  { name: 'visa', family: 'pii-card', generate: (r) => luhnComplete(`4${r.digits(14)}`) },
  { name: 'mastercard', family: 'pii-card', generate: (r) => luhnComplete(`5${r.int(1, 5)}${r.digits(13)}`) },
  { name: 'amex', family: 'pii-card', generate: (r) => luhnComplete(`3${r.pick(['4', '7'])}${r.digits(12)}`) },
  { name: 'discover', family: 'pii-card', generate: (r) => luhnComplete(`6011${r.digits(11)}`) },
  { name: 'iban-de', family: 'pii-iban', generate: (r) => iban('DE', r.digits(18)) },
  { name: 'iban-gb', family: 'pii-iban', generate: (r) => iban('GB', `${r.str(UPPER, 4)}${r.digits(14)}`) },
  { name: 'iban-fr', family: 'pii-iban', generate: (r) => iban('FR', r.digits(23)) },
  { name: 'iban-nl', family: 'pii-iban', generate: (r) => iban('NL', `${r.str(UPPER, 4)}${r.digits(10)}`) },
  {
    name: 'us-ssn',
    family: 'pii-ssn',
    generate: (r) => {
      let area = r.int(1, 899);
      if (area === 666) area = 665;
      return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
    },
  },
  { name: 'phone-uk', family: 'pii-phone', generate: (r) => `+44 20 ${r.int(7000, 8999)} ${r.digits(4)}` },
  { name: 'phone-de', family: 'pii-phone', generate: (r) => `+49 30 ${r.int(2000, 9999)} ${r.digits(4)}` },
  { name: 'phone-fr', family: 'pii-phone', generate: (r) => `+33 1 ${r.int(40, 79)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}` },
  { name: 'phone-us', family: 'pii-phone', generate: (r) => `+1 ${r.int(201, 989)} ${r.int(200, 999)} ${r.digits(4)}` },
];
