/**
 * How the view state writes a value into the URL: percent-encoded, except ":" and ",", which are
 * legal in a query and leave ids readable (`industry:集成电路`, lists split by commas).
 */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}
