/** Removes trailing characters of a set in linear time (a `[set]+$` regex is quadratic on long runs). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
