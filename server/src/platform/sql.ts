// A tiny tagged-template SQL builder. Every value becomes a $n parameter (AS-34);
// nested fragments are inlined and renumbered, so queries compose without string concatenation.
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted SQL text written in our own code (column lists, ORDER BY constants). Never user input. */
sql.raw = (text: string): Sql => new Sql([text], []);

/** A table or column name declared in our own code, quoted; anything but a plain lower-case name is refused. */
sql.ident = (name: string): Sql => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return new Sql([`"${name}"`], []);
};

sql.join = (parts: readonly Sql[], separator: Sql = sql.raw(', ')): Sql => {
  if (parts.length === 0) return sql.raw('');
  const strings: string[] = [''];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      strings.push('');
      values.push(separator);
    }
    values.push(part);
    strings.push('');
  });
  return new Sql(strings, values);
};

export interface CompiledSql {
  text: string;
  values: unknown[];
}

export function compile(query: Sql): CompiledSql {
  const values: unknown[] = [];
  const walk = (q: Sql): string => {
    let text = q.strings[0] ?? '';
    q.values.forEach((value, i) => {
      if (value instanceof Sql) text += walk(value);
      else {
        values.push(value);
        text += `$${values.length}`;
      }
      text += q.strings[i + 1] ?? '';
    });
    return text;
  };
  return { text: walk(query), values };
}

/** A LIKE/ILIKE pattern matching `text` anywhere, with % _ and \ in it taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
