import { describe, expect, it } from 'vitest';
import { luhn, maskCardNumbers } from './maskCardNumbers';
import { makeReference } from './reference';

describe('maskCardNumbers', () => {
  it.each([
    ['my card 4111111111111111 was charged twice', 'my card ••••••••••••1111 was charged twice'],
    ['card 4111 1111 1111 1111, please', 'card •••• •••• •••• 1111, please'],
    ['card 4111-1111-1111-1111', 'card ••••-••••-••••-1111'],
    ['amex 378282246310005', 'amex •••••••••••0005'],
    ['two: 5555555555554444 and 4012 8888 8888 1881', 'two: ••••••••••••4444 and •••• •••• •••• 1881'],
    ['19 digits 6011 0009 9013 9424 009 end', '19 digits •••• •••• •••• •••4 009 end'],
  ])('%s', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output);
  });

  it('leaves numbers that are not card numbers alone', () => {
    for (const text of [
      'policy 1234567890123', // 13 digits, not Luhn-valid
      'order 4111111111111112', // one digit off
      'call +31 20 123 4567', // a phone number, too short
      'ref 123456789012', // 12 digits
      'date 2026-12-01 10:15',
    ])
      expect(maskCardNumbers(text)).toBe(text);
  });

  it('checks Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('79927398713')).toBe(true);
  });
});

describe('makeReference', () => {
  it('makes six characters a person can read out, in two groups', () => {
    for (let i = 0; i < 200; i++) expect(makeReference()).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(makeReference(() => new Uint8Array([0, 1, 2, 3, 4, 5]))).toBe('234-679');
    expect(makeReference()).not.toMatch(/[01OILSBUV58]/);
  });
});
