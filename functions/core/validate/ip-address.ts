/**
 * IP address syntax, as node:net's isIP accepts it (the core may not import node:net): dotted-quad
 * IPv4 without leading zeros, and IPv6 in full, compressed (`::`) or IPv4-suffixed form, with an
 * optional zone (`%eth0`).
 */
const V4_SEGMENT = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const V4 = `(?:${V4_SEGMENT}\\.){3}${V4_SEGMENT}`;
const V6_SEGMENT = '[0-9a-fA-F]{1,4}';
const V6 =
  '(?:' +
  `(?:${V6_SEGMENT}:){7}(?:${V6_SEGMENT}|:)|` +
  `(?:${V6_SEGMENT}:){6}(?:${V4}|:${V6_SEGMENT}|:)|` +
  `(?:${V6_SEGMENT}:){5}(?::${V4}|(?::${V6_SEGMENT}){1,2}|:)|` +
  `(?:${V6_SEGMENT}:){4}(?:(?::${V6_SEGMENT}){0,1}:${V4}|(?::${V6_SEGMENT}){1,3}|:)|` +
  `(?:${V6_SEGMENT}:){3}(?:(?::${V6_SEGMENT}){0,2}:${V4}|(?::${V6_SEGMENT}){1,4}|:)|` +
  `(?:${V6_SEGMENT}:){2}(?:(?::${V6_SEGMENT}){0,3}:${V4}|(?::${V6_SEGMENT}){1,5}|:)|` +
  `(?:${V6_SEGMENT}:){1}(?:(?::${V6_SEGMENT}){0,4}:${V4}|(?::${V6_SEGMENT}){1,6}|:)|` +
  `(?::(?:(?::${V6_SEGMENT}){0,5}:${V4}|(?::${V6_SEGMENT}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z.:-]{1,})?';

const IPV4 = new RegExp(`^${V4}$`);
const IPV6 = new RegExp(`^${V6}$`);

/** 4 for an IPv4 address, 6 for an IPv6 address, 0 otherwise (like node:net's isIP). */
export function ipVersion(text: string): 0 | 4 | 6 {
  if (IPV4.test(text)) return 4;
  if (IPV6.test(text)) return 6;
  return 0;
}

export const isIPv4 = (text: string): boolean => ipVersion(text) === 4;
export const isIPv6 = (text: string): boolean => ipVersion(text) === 6;
