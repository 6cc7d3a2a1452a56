/**
 * The few DOM members the HTML reader uses. The project compiles without the DOM lib (it runs on
 * Node), so linkedom's nodes are seen through these interfaces rather than as `any`.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** An element: a node with attributes and selector queries. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  readonly textContent: string | null;
}

/** A parsed HTML document. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** `nodeType` of an element. */
export const ELEMENT_NODE = 1;
/** `nodeType` of a text node. */
export const TEXT_NODE = 3;
