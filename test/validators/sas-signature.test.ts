import { describe, expect, it } from 'vitest';
import { isSasSignature } from '../../src/validators/sas-signature.js';

// Random 32-byte values made for these tests.
describe('sas-signature', () => {
  it.each([
    ['URL-encoded base64', 'bSZ5miv%2Bfp5ZoeMJONvif1DmSLStuDn%2Fzz0MDu5c3cY%3D'],
    ['plain base64', 'bSZ5miv+fp5ZoeMJONvif1DmSLStuDn/zz0MDu5c3cY='],
    ['base64url without padding (Logic Apps)', 'IW4_A8cG2sipCdo_K0mlYYOPEXHNt60kfjgbbopshtk'],
    ['+ decoded to a space by a form parser', 'bSZ5miv fp5ZoeMJONvif1DmSLStuDn/zz0MDu5c3cY='],
  ])('accepts %s', (_why, sig) => {
    expect(isSasSignature(sig)).toBe(true);
  });

  it.each([
    ['48 bytes', 'Z2c3OXBMoP1qimeFAn2PqGEIp1wnaUThnBRFZdNCKxQr96NebvTfNl/UchGPpTaZ'],
    ['16 bytes', 'AAECAwQFBgcICQoLDA0ODw=='],
    ['broken percent-encoding', 'bSZ5miv%2Bfp5ZoeMJONvif1DmSLStuDn%2Fzz0MDu5c3cY%3'],
    ['not base64', 'this-is-not-a-signature-at-all-!!!!!!!!!!!'],
    ['empty', ''],
  ])('rejects %s', (_why, sig) => {
    expect(isSasSignature(sig)).toBe(false);
  });
});
