/**
 * An AWS access key id: 20 characters, a 4-character prefix naming the kind (AKIA long-lived, ASIA
 * temporary STS, ABIA STS bearer, ACCA context-specific, A3T… older keys) and 16 base32 characters
 * (A–Z, 2–7). https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */

const KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}$/;

export function isAwsKeyId(text: string): boolean {
  return KEY_ID.test(text);
}
