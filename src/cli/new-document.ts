/**
 * A new document from a template (`teikit new`): `templates/<kind>.xml` of the package, with the
 * id, title and date filled in and `<?xml-model?>` processing instructions whose paths lead from
 * the new file to the package's schema and rules, so that an XML editor validates while typing.
 * The file is created, never replaced: an existing file is an error.
 */
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../validate/schematron/compile.js';

/** The kinds of document a template exists for (docs/encoding.md §6). */
export const KINDS = ['report', 'memorandum', 'cable', 'letter'] as const;
export type Kind = (typeof KINDS)[number];

/** What `newDocument` needs. */
export interface NewDocumentOptions {
  id: string;
  kind: Kind;
  /** The document's title in normal case; a placeholder when absent. */
  title?: string;
  /** The document's date, ISO 8601 (`1945-04-09`, `1945-04`, `1945`); a placeholder when absent. */
  date?: string;
  /** The folder to write to (default `edition`, relative to the working directory). */
  dir?: string;
  /** Today's date for the publication and revision dates (default: the current UTC date). */
  today?: string;
}

/** A request `newDocument` refuses, with the reason in words; the CLI exits 2 on it. */
export class NewDocumentError extends Error {}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a document id is not usable, or undefined when it is: lower-case ASCII letters, digits and
 * hyphens beginning with a letter (an XML NCName, and the schema's pattern for document ids),
 * which is also the file's base name (rule `id-matches-file`).
 * @param id the id asked for.
 */
export function idProblem(id: string): string | undefined {
  if (/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) return undefined;
  return `invalid document id \`${id}\`: expected lower-case ASCII letters, digits and single hyphens, beginning with a letter (such as \`oss-memo-0042\`); it becomes the root's xml:id and the file name`;
}

/**
 * A date as words ("9 April 1945"), or undefined when the value is not an ISO 8601 day, month or
 * year that exists.
 * @param iso `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
export function dateText(iso: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCDate() !== Number(d)) return undefined;
  }
  return [d ? String(Number(d)) : '', mo ? MONTHS[Number(mo) - 1] : '', y].filter(Boolean).join(' ');
}

/** Text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A path for `<?xml-model href?>`: relative to the new file's folder, with `/` separators. */
function href(fromDir: string, target: string): string {
  const rel = relative(fromDir, target).split(sep).join('/');
  return encodeURI(rel).replace(/"/g, '%22');
}

/**
 * Writes `<dir>/<id>.xml` from the template of its kind and returns the path written.
 * @param options id, kind, title, date, folder.
 * @throws NewDocumentError for a bad id, title or date, or when the file exists.
 */
export async function newDocument(options: NewDocumentOptions): Promise<string> {
  const problem = idProblem(options.id);
  if (problem) throw new NewDocumentError(problem);
  if (!KINDS.includes(options.kind)) throw new NewDocumentError(`unknown kind \`${options.kind}\`: expected one of ${KINDS.join(', ')}`);
  const words = options.date === undefined ? undefined : dateText(options.date);
  if (options.date !== undefined && !words) {
    throw new NewDocumentError(`invalid date \`${options.date}\`: expected an ISO 8601 day, month or year (\`1945-04-09\`, \`1945-04\`, \`1945\`)`);
  }
  // Control characters other than tab and newline cannot stand in XML 1.0.
  if (options.title !== undefined && (!options.title.trim() || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(options.title))) {
    throw new NewDocumentError('invalid title: expected some text without control characters');
  }
  const dir = resolve(options.dir ?? 'edition');
  const file = join(dir, `${options.id}.xml`);
  const shown = relative(process.cwd(), file).split(sep).join('/') || file;
  const title = (options.title ?? '[Title]').replace(/\s+/g, ' ').trim();
  const values: Record<string, string> = {
    ID: options.id,
    TITLE: escapeXml(title),
    TITLE_UPPER: escapeXml(options.title === undefined ? '[TITLE]' : title.toUpperCase()),
    WHEN: options.date === undefined ? '' : ` when="${options.date}"`,
    DATE_TEXT: words ?? '[date]',
    TODAY: options.today ?? new Date().toISOString().slice(0, 10),
    RNG: href(dir, join(PACKAGE_ROOT, 'schemas/edition.rng')),
    SCH: href(dir, join(PACKAGE_ROOT, 'schemas/edition.sch')),
  };
  const template = await readFile(join(PACKAGE_ROOT, 'templates', `${options.kind}.xml`), 'utf8');
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  await mkdir(dirname(file), { recursive: true });
  // Written whole beside the target, then linked into place: link() fails when the name exists,
  // so an existing file is never replaced and a half-written one is never seen.
  const temp = join(dirname(file), `.${options.id}.xml.${process.pid}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewDocumentError(`${shown} already exists: teikit new never replaces a file (choose another id, or move the file away)`);
    }
    throw err;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return file;
}
