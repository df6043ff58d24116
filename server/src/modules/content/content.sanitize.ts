// Rich text from the console's editor (Tiptap) is sanitised here, on the server, with an allow-list, before it
// is stored: whatever a browser extension, a pasted page or a forged request sends, members' phones only ever
// receive these tags and attributes. sanitize-html (htmlparser2) rather than a regex: HTML cannot be filtered by
// pattern. Images come only from the platform's own media store, never from other hosts.
import sanitizeHtml from 'sanitize-html';
import { imagePath } from './content.images.js';

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
    'img',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'], img: ['src', 'alt'] },
  // Images only from this platform's own media store (content.images.ts): none from other hosts, which would
  // tell them who reads what, and no data: or javascript: sources.
  exclusiveFilter: (frame) => frame.tag === 'img' && !imagePath.test(frame.attribs.src ?? ''),
  // Links only to the web, mail and phone: javascript:, data: and vbscript: links are dropped with their href.
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Script and style elements go with their content, not just their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
  transformTags: {
    // Every link opens outside the app and tells the other site nothing about where the reader came from.
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: attribs.href ? { href: attribs.href, target: '_blank', rel: 'noopener noreferrer nofollow' } : {},
    }),
    h1: 'h2',
    b: 'strong',
    i: 'em',
    strike: 's',
  },
};

/** The stored form of an article body. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** The text of an article body (its summary when none is given, and the check that a body says something). */
export function textOf(html: string): string {
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote)>|<br\s*\/?>/gi, '$& ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
