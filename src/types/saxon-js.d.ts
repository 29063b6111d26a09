/**
 * The part of the saxon-js 2.7 API that teikit uses (the package ships no types).
 * See the SaxonJS documentation, "SaxonJS.transform" and "SaxonJS.getResource".
 */
declare module 'saxon-js' {
  /** A node of a tree that SaxonJS built. */
  export type SaxonNode = object;

  export interface TransformOptions {
    stylesheetInternal?: object;
    stylesheetText?: string;
    stylesheetFileName?: string;
    sourceNode?: SaxonNode;
    sourceText?: string;
    destination?: 'serialized' | 'raw' | 'document' | 'application' | 'stdout' | 'replaceBody';
    stylesheetParams?: Record<string, unknown>;
    initialMode?: string;
    initialTemplate?: string;
    templateParams?: Record<string, unknown>;
    outputProperties?: Record<string, unknown>;
    deliverMessage?: (message: SaxonNode, errorCode: string) => void;
    collectionFinder?: (uri: string) => unknown;
    documentPool?: Record<string, unknown>;
    textResourcePool?: Record<string, unknown>;
    logLevel?: number;
  }

  export interface TransformResult {
    principalResult: unknown;
    resultDocuments: Record<string, unknown>;
    stylesheetInternal: object;
    masterDocument: unknown;
  }

  export interface GetResourceOptions {
    text?: string;
    file?: string;
    location?: string;
    type: 'xml' | 'json' | 'text';
    encoding?: string;
  }

  export function transform(options: TransformOptions, execution?: 'sync'): TransformResult;
  export function transform(options: TransformOptions, execution: 'async'): Promise<TransformResult>;
  export function getResource(options: GetResourceOptions): Promise<SaxonNode>;
  export function serialize(node: SaxonNode, options?: Record<string, unknown>): string;
  export const XPath: {
    evaluate(xpath: string, context?: SaxonNode | null, options?: Record<string, unknown>): unknown;
  };
  export function getProcessorInfo(): Record<string, string>;

  const SaxonJS: {
    transform: typeof transform;
    getResource: typeof getResource;
    serialize: typeof serialize;
    XPath: typeof XPath;
    getProcessorInfo: typeof getProcessorInfo;
  };
  export default SaxonJS;
}
