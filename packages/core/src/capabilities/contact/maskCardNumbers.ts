/** A run of 13 to 19 digits, each perhaps followed by one space or dash. */
const RUN = /\d(?:[ -]?\d){12,18}/g;

/** True when `digits` pass the Luhn check that every payment card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Masks card numbers a visitor typed into free text before it leaves the page: every digit of a
 * Luhn-valid run of 13–19 digits (spaces or dashes between them allowed) but the last four
 * becomes `•`, keeping the spacing, so an agent still sees which card was meant.
 */
export function maskCardNumbers(text: string): string {
  return text.replace(RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    if (!luhn(digits)) return run;
    let keep = 4;
    return [...run]
      .reverse()
      .map((c) => (/\d/.test(c) ? (keep-- > 0 ? c : '•') : c))
      .reverse()
      .join('');
  });
}
