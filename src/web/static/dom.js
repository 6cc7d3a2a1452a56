// Every piece of article text or metadata reaches the page through text nodes or attribute
// values checked here: this module never parses a string as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A link target that cannot run script: a path on this site, or an http(s) URL. Anything else
 * (`javascript:`, `data:`, `vbscript:`) becomes undefined and the link is not made.
 */
export function safeHref(value) {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'href') {
      const href = safeHref(value);
      if (href) node.setAttribute('href', href);
    } else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  return node;
}

/** An HTML element: `h('a', { href: '/x', class: 'y' }, 'text', child)`; strings become text nodes. */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

/** An SVG element, built the same way. */
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Replaces a node's children. */
export function mount(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** `12,345`. */
export const fmt = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : '');

/** `2017-05-02` from an ISO date or time; '' when none. */
export const day = (iso) => (typeof iso === 'string' ? iso.slice(0, 10) : '');

/**
 * FTS snippets mark matches with `[` and `]`: the pieces become text and <mark> nodes, never markup.
 */
export function snippet(text) {
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(text.slice(last, m.index), h('mark', null, m[1]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
