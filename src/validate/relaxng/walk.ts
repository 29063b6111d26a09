/**
 * Drives a salve walker from the saxes gate's events and words what it rejects. saxes (xmlns mode)
 * has already resolved every name to a namespace and a local name; salve still gets the prefix
 * bindings, for values of QName type. Salve recovers after each error (a misplaced element known
 * to the schema is validated as that element, an unknown one is skipped), so one mistake gives one
 * finding, not a cascade.
 *
 * Rule ids: `relaxng-element`, `relaxng-attribute`, `relaxng-attribute-value`,
 * `relaxng-attribute-missing`, `relaxng-text`, `relaxng-incomplete`, `relaxng-duplicate-id`,
 * and `relaxng-invalid` for anything else salve reports.
 */
import type { SaxesTagNS } from 'saxes';
import type { Grammar as SalveGrammar, ValidationError } from 'salve-annos';
import { salveModule } from './schema.js';
import type { Position } from '../../xml/positions.js';
import type { ParseObserver } from '../../xml/document.js';
import { didYouMean, displayName, enumeratedValues, excerpt, expectedList, expectedNear, possibleKind, possibleNames } from './messages.js';

/** Receives one finding. */
export type Report = (ruleId: string, message: string, at: Position) => void;

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An open element. */
interface Frame {
  ns: string;
  local: string;
  name: string;
  at: Position;
  context: boolean;
  /** Set when salve rejected this element: the message waits for what the parent expected. */
  misplaced?: (expected: string[]) => void;
  /**
   * Set when one of its attribute values was rejected: salve then rejects the element's content
   * too, so what it says about the content (text, children, the end) would only repeat the error.
   */
  damaged?: boolean;
}

/**
 * An observer that validates one document's events against a grammar.
 * @param grammar salve's grammar.
 * @param report receives each finding.
 */
export function relaxNgWalk(grammar: SalveGrammar, report: Report): ParseObserver {
  const salve = salveModule();
  const resolver = new salve.DefaultNameResolver();
  // ID checking as Jing does it (RELAX NG DTD Compatibility §4): an xml:id is declared once.
  const walker = grammar.newWalker(resolver, true);
  const stack: Frame[] = [];
  const ids = new Map<string, Position>();
  let text = '';
  let textAt: Position | undefined;
  const fire = (event: string, params: string[]): readonly ValidationError[] => walker.fireEvent(event, params) || [];
  const where = () => (stack.length ? ` in \`${stack[stack.length - 1].name}\`` : '');

  // salve wants one text event per run of text; saxes splits text around comments and PIs.
  const flush = (): void => {
    if (!text || !textAt) return;
    const errors = fire('text', [text]);
    if (errors.length && !stack[stack.length - 1]?.damaged) {
      const allowed = expectedList(possibleNames(walker.possible(), 'enterStartTag'), 'no text or element');
      report('relaxng-text', `Unexpected text \`${excerpt(text)}\`${where()}, expected ${allowed}`, textAt);
    }
    text = '';
    textAt = undefined;
  };

  const attribute = (frame: Frame, ns: string, local: string, value: string): void => {
    const shown = displayName(ns, local);
    const nameErrors = fire('attributeName', [ns, local]);
    // Where each ID stands, so that a duplicate can point at the first (attributes of ID type are
    // xml:id in TEI; any other is only recorded when salve checks it as an ID).
    if (ns === XML_NS && local === 'id' && !ids.has(value)) ids.set(value, frame.at);
    if (nameErrors.length) {
      const names = possibleNames(walker.possible(), 'attributeName');
      const allowed = expectedNear(names, 'no further attribute', shown);
      report('relaxng-attribute', `Unexpected attribute \`${shown}\` on \`${frame.name}\`${didYouMean(shown, names)}, expected ${allowed}`, frame.at);
    }
    const valueErrors = fire('attributeValue', [value]);
    if (nameErrors.length || !valueErrors.length) return;
    if (valueErrors.some((e) => e.msg.startsWith('ID "'))) {
      const first = ids.get(value);
      const where = first ? ` (the first is at line ${first.line}, column ${first.column})` : '';
      report('relaxng-duplicate-id', `Unexpected duplicate \`${shown}\` "${value}"${where}, expected each ID to be declared once`, frame.at);
      return;
    }
    frame.damaged = true;
    const values = enumeratedValues(grammar, frame, { ns, local });
    const allowed = values ? expectedList(values, 'no value') : `a valid \`${shown}\``;
    const hint = values ? didYouMean(value, values, (v) => `"${v}"`) : '';
    report('relaxng-attribute-value', `Unexpected value "${value}" of \`${shown}\` on \`${frame.name}\`${hint}, expected ${allowed}`, frame.at);
  };

  return {
    startElement(node: SaxesTagNS, at: Position) {
      flush();
      const own = node.ns ? Object.keys(node.ns) : [];
      if (own.length) resolver.enterContextWithMapping(node.ns);
      const frame: Frame = { ns: node.uri, local: node.local, name: displayName(node.uri, node.local), at, context: own.length > 0 };
      const parentFrame = stack.length ? stack[stack.length - 1] : undefined;
      const parent = parentFrame?.name;
      if (fire('enterStartTag', [node.uri, node.local]).length && !parentFrame?.damaged) {
        // A name the schema does not know at all is most likely a typing slip: say which allowed one it is closest to.
        const unknown = !grammar.elementDefinitions[JSON.stringify({ ns: node.uri, name: node.local })];
        frame.misplaced = (names) => {
          const hint = unknown ? didYouMean(frame.name, names) : '';
          const expected = unknown ? expectedNear(names, `no element${where()}`, frame.name) : expectedList(names, `no element${where()}`);
          report('relaxng-element', `Unexpected element \`${frame.name}\`${parent ? ` in \`${parent}\`` : ''}${hint}, expected ${expected}`, at);
        };
      }
      stack.push(frame);
      for (const attr of Object.values(node.attributes)) {
        if (attr.uri === XMLNS || attr.name === 'xmlns') continue; // declarations are not attributes
        attribute(frame, attr.uri, attr.local, attr.value);
      }
      const missing = fire('leaveStartTag', []);
      if (missing.length) {
        const shown = [...new Set(missing.flatMap(namesOf))];
        const list = shown.length ? shown.map((n) => `\`${n}\``).join(', ') : 'a required attribute';
        report('relaxng-attribute-missing', `Unexpected end of start tag \`${frame.name}\`, expected ${shown.length > 1 ? 'attributes' : 'attribute'} ${list}`, at);
      }
    },

    endElement(node: SaxesTagNS, at: Position) {
      flush();
      const frame = stack.pop();
      const errors = fire('endTag', [node.uri, node.local]);
      if (frame?.misplaced) {
        // The parent's walker is back where it was before the misplaced element.
        frame.misplaced(possibleNames(walker.possible(), 'enterStartTag'));
      }
      if (errors.length && frame && !frame.damaged) {
        const endAt = node.isSelfClosing ? frame.at : { line: at.line, column: Math.max(1, at.column - node.name.length - 3) };
        incomplete(frame.name, errors, endAt, report);
      }
      if (frame?.context) resolver.leaveContext();
    },

    text(t: string, at: Position) {
      if (!text) textAt = at;
      text += t;
    },

    end(at: Position) {
      flush();
      const errors = walker.end() || [];
      if (errors.length) incomplete('the document', errors, at, report);
    },
  };
}

/** The names an error is about, displayed. */
function namesOf(error: ValidationError): string[] {
  return error.getNames().flatMap((n) => {
    const names = n.toArray();
    return names ? names.map((x) => displayName(x.ns, x.name)) : [String(n)];
  });
}

/** An element closed before its content model was satisfied. */
function incomplete(name: string, errors: readonly ValidationError[], at: Position, report: Report): void {
  const required = [...new Set(errors.flatMap(namesOf))];
  const subject = name === 'the document' ? 'end of the document' : `end of \`${name}\``;
  if (errors.some((e) => e.msg === 'text not allowed here')) {
    report('relaxng-text', `Unexpected text in \`${name}\`, expected only elements`, at);
  } else if (required.length) {
    const words = required.length > 1 ? `one of ${required.map((n) => `\`${n}\``).join(', ')}` : `\`${required[0]}\``;
    report('relaxng-incomplete', `Unexpected ${subject}, expected element ${words}`, at);
  } else {
    report('relaxng-invalid', `Unexpected ${subject}: ${errors.map((e) => e.msg).join('; ')}`, at);
  }
}
