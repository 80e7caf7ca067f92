/** Validators of secret formats, by the name a rule gives in its `validator` field. One file each. */
import type { Validator } from './index.js';
import { isAwsKeyId } from './aws-key-id.js';
import { hasBase64JsonPayload } from './base64-json-payload.js';
import { isBasicCredentials } from './basic-credentials.js';
import { isBech32Valid } from './bech32-checksum.js';
import { isDiscordBotToken } from './discord-bot-token.js';
import { hasEntropy } from './entropy.js';
import { isGithubChecksumValid } from './github-checksum.js';
import { isJwtStructure } from './jwt-structure.js';
import { isNpmChecksumValid } from './npm-checksum.js';
import { isSasSignature } from './sas-signature.js';

export const secretValidators: Record<string, Validator> = {
  'aws-key-id': isAwsKeyId,
  'base64-json-payload': hasBase64JsonPayload,
  'basic-credentials': isBasicCredentials,
  'bech32-checksum': isBech32Valid,
  'discord-bot-token': isDiscordBotToken,
  entropy: hasEntropy,
  'github-checksum': isGithubChecksumValid,
  'jwt-structure': isJwtStructure,
  'npm-checksum': isNpmChecksumValid,
  'sas-signature': isSasSignature,
};
