/**
 * Element paths as people read them. `fn:path()` gives `/Q{http://www.tei-c.org/ns/1.0}TEI[1]/
 * Q{…}text[1]/Q{…}body[1]/Q{…}div[1]/Q{…}p[7]/Q{…}quote[2]`; reports show `/TEI/text/body/div/p[7]/quote[2]`:
 * TEI elements and attributes without a namespace by their local name, the XML namespace as `xml:`,
 * `[1]` left out; any other namespace keeps its `Q{uri}`, so the path stays unambiguous.
 */

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';

function step(s: string): string {
  const m = /^(@?)(?:Q\{([^}]*)\})?([^[]+)(?:\[(\d+)\])?$/.exec(s);
  if (!m) return s;
  const [, at, ns, local, n] = m;
  const name = ns === undefined || ns === '' || ns === TEI ? local : ns === XML ? `xml:${local}` : `Q{${ns}}${local}`;
  return `${at}${name}${n && n !== '1' ? `[${n}]` : ''}`;
}

/**
 * The steps of an XPath in the form `fn:path()` returns, split at each `/` outside a `Q{…}`
 * namespace URI. A leading `/` gives an empty first step, so joining the steps with `/` gives the
 * path back.
 * @param path the path.
 */
export function xpathSteps(path: string): string[] {
  const steps: string[] = [];
  let cur = '';
  let inBrace = false;
  for (const ch of path) {
    if (ch === '{') inBrace = true;
    if (ch === '}') inBrace = false;
    if (ch === '/' && !inBrace) {
      steps.push(cur);
      cur = '';
    } else cur += ch;
  }
  steps.push(cur);
  return steps;
}

/**
 * A `fn:path()` as a report shows it.
 * @param path the path, as the rules or the stylesheets give it.
 */
export function readablePath(path: string): string {
  return xpathSteps(path).map((s) => (s ? step(s) : s)).join('/');
}
