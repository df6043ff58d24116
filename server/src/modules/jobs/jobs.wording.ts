// Requirements a job posting may not make (the Employment Promotion Law arts. 26–31, the Labour Law art. 12, and the
// ministry's notices on age and hepatitis B): a gender, an age band, a household registration or region, an
// ethnicity, a health condition, marriage or childbearing. Each rule is a pattern over the posting's title,
// description and skills, with the kind of discrimination it names; what it matched is shown to the poster.
export const discriminationKinds = ['gender', 'age', 'region', 'ethnicity', 'health', 'marriage'] as const;
export type DiscriminationKind = (typeof discriminationKinds)[number];

const rules: Array<{ kind: DiscriminationKind; pattern: RegExp }> = [
  { kind: 'gender', pattern: /(?:限|仅限|只招|只要|要求)(?:男|女)(?:性|生|士|工)?(?![男女])/g },
  { kind: 'gender', pattern: /招(?:男|女)(?:性|生|士|工)(?![男女])/g },
  { kind: 'gender', pattern: /(?:男|女)(?:性|士|生)?优先/g },
  { kind: 'gender', pattern: /性别[:：]?\s*(?:男|女)/g },
  { kind: 'age', pattern: /\d{2}\s*周?岁(?:以下|以内|以上|之间)/g },
  { kind: 'age', pattern: /\d{2}\s*[-~～至到]\s*\d{2}\s*周?岁/g },
  { kind: 'age', pattern: /年龄(?:不超过|不大于|限|要求|在)/g },
  { kind: 'age', pattern: /(?:限|仅限|只要)\s*\d{2}\s*后/g },
  { kind: 'region', pattern: /(?:限|仅限|只招|要求)?(?:本地|本市|本县|本省|城镇|农村|非农)(?:户籍|户口)/g },
  { kind: 'region', pattern: /(?:外地人|外地户籍|外省人?)[^，。；\s]{0,4}(?:勿|不要|免|谢绝)/g },
  { kind: 'region', pattern: /(?:限|仅限|只招)本地人|本地人优先/g },
  { kind: 'ethnicity', pattern: /(?:限|仅限|只招|要求)\s*[\u4e00-\u9fa5]{1,3}族/g },
  { kind: 'health', pattern: /乙肝|携带者(?:勿|免)/g },
  { kind: 'marriage', pattern: /已婚已育|未婚未育|(?:限|要求|仅限)(?:已婚|未婚)|无婚育(?:计划|要求)?/g },
];

export interface WordingIssue {
  kind: DiscriminationKind;
  text: string;
}

/** The discriminatory requirements in a posting's texts, each once, in the order they appear. */
export function discriminatoryTerms(...texts: string[]): WordingIssue[] {
  const found: Array<WordingIssue & { at: number }> = [];
  texts.forEach((text, i) => {
    for (const { kind, pattern } of rules) {
      for (const m of text.matchAll(pattern)) found.push({ kind, text: m[0], at: i * 1e6 + (m.index ?? 0) });
    }
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.text) && seen.add(f.text))
    .map(({ kind, text }) => ({ kind, text }));
}
