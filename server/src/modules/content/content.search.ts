// Words of Chinese text, for search. Chinese has no spaces, so PostgreSQL's parsers cannot find its words; jieba
// (@node-rs/jieba, the segmenter the field uses, native and fast) cuts it into words in the application. Articles
// are indexed with the search cut (a compound and its parts: 工会会员 → 工会, 会员, 工会会员), queries with the
// exact cut, and the query matches any of its words, ranked by how many and where (title above body).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { type Sql, sql } from '../../platform/sql.js';

let jieba: Jieba | undefined;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

/** A word worth indexing or asking for: letters or digits only (no punctuation, no query syntax). */
const isWord = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
const normal = (text: string) => text.normalize('NFKC').toLowerCase();

/** The words of a document, compounds with their parts. */
export function documentWords(text: string): string[] {
  return segmenter().cutForSearch(normal(text), true).filter(isWord);
}

/**
 * The words of a query. A one-character word is dropped when the query has longer ones (的, 和, 年 would match
 * almost everything), and kept when it is all there is.
 */
export function queryWords(text: string): string[] {
  const words = [...new Set(segmenter().cut(normal(text), true).filter(isWord))];
  const long = words.filter((w) => [...w].length > 1);
  return (long.length > 0 ? long : words).slice(0, 20);
}

/** The tsvector of an article: title words weigh A, body words B. */
export const articleVector = (title: string, bodyText: string): Sql =>
  sql`(setweight(to_tsvector('simple', ${documentWords(title).join(' ')}), 'A') ||
    setweight(to_tsvector('simple', ${documentWords(bodyText).join(' ')}), 'B'))`;

/** Any of the query's words, as a tsquery; null when the query has no word at all. */
export function articleQuery(text: string): Sql | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return sql`to_tsquery('simple', ${words.map((w) => `'${w}'`).join(' | ')})`;
}

/** What to mark in what was found: the query as typed (when it is one word of text), then its words, longest first. */
export function markedWords(text: string): string[] {
  const whole = normal(text).trim();
  return [...new Set([...(isWord(whole) ? [whole] : []), ...queryWords(text)])].sort(
    (a, b) => [...b].length - [...a].length,
  );
}
