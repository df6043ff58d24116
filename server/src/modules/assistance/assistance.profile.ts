// The hardship profile (帮扶画像): a pure function of the application and one version of the rules.
// Every rule is reported, fired or not, with the numbers it compared, so a cadre (and the applicant)
// can see exactly why a tier was given. The tier is advice: a person decides (PIPL Art. 24, PI-09).
import { idsInPath } from '../../platform/tree.js';
import type { Cause, RuleConfig, SensitiveData, Tier } from './assistance.schemas.js';

export interface RuleResult {
  rule: string;
  fired: boolean;
  tier: Tier | null;
  label: { zh: string; en: string };
  text: { zh: string; en: string };
}

export interface Profile {
  tier: Tier;
  ruleVersion: number;
  rules: RuleResult[];
}

const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
const rank: Record<Tier, number> = { deep: 3, accident: 2, relative: 1, none: 0 };

export function lineFor(config: RuleConfig, unionPath: string) {
  const ids = idsInPath(unionPath).reverse();
  for (const id of ids) {
    const found = config.lines.find((l) => l.unionId === id);
    if (found) return { ...found, regional: true };
  }
  return { ...config.defaultLine, name: '默认', regional: false };
}

export function computeProfile(
  input: { cause: Cause; unionPath: string; data: SensitiveData },
  config: RuleConfig,
  version: number,
): Profile {
  const { household, medicalSelfPaidFen, health } = input.data;
  const size = household.length;
  const incomeFen = household.reduce((sum, p) => sum + p.annualIncomeFen, 0);
  const perCapita = Math.floor(incomeFen / size / 12);
  const afterMedical = Math.floor(Math.max(0, incomeFen - medicalSelfPaidFen) / size / 12);
  const dependants = household.filter((p) => p.dependant).length;
  const line = lineFor(config, input.unionPath);
  const burdenPercent = incomeFen === 0 ? (medicalSelfPaidFen > 0 ? 100 : 0) : (medicalSelfPaidFen * 100) / incomeFen;
  const heavyMedical = medicalSelfPaidFen > 0 && burdenPercent >= config.medicalBurdenPercent;
  const dependantShare = Math.round((dependants * 100) / size);
  const margin = Math.floor((line.lowIncomeMonthlyFen * config.dependantIncomeMarginPercent) / 100);
  const lineName = line.regional ? line.name : '默认标准';

  const rules: RuleResult[] = [
    {
      rule: 'per_capita_below_min_living',
      fired: perCapita <= line.minLivingMonthlyFen,
      tier: 'deep',
      label: { zh: '人均收入不高于低保线', en: 'Per-capita income at or below the minimum-living line' },
      text: {
        zh: `家庭年收入 ¥${yuan(incomeFen)}，${size} 人，人均每月 ¥${yuan(perCapita)}；${lineName}低保线每月 ¥${yuan(line.minLivingMonthlyFen)}`,
        en: `Household income ¥${yuan(incomeFen)} a year, ${size} people, ¥${yuan(perCapita)} per person a month; minimum-living line ¥${yuan(line.minLivingMonthlyFen)} a month`,
      },
    },
    {
      rule: 'per_capita_below_low_income',
      fired: perCapita <= line.lowIncomeMonthlyFen,
      tier: 'relative',
      label: { zh: '人均收入不高于低收入线', en: 'Per-capita income at or below the low-income line' },
      text: {
        zh: `人均每月 ¥${yuan(perCapita)}；${lineName}低收入线每月 ¥${yuan(line.lowIncomeMonthlyFen)}`,
        en: `¥${yuan(perCapita)} per person a month; low-income line ¥${yuan(line.lowIncomeMonthlyFen)} a month`,
      },
    },
    {
      rule: 'medical_burden',
      fired: heavyMedical,
      tier: null,
      label: { zh: '医疗负担重', en: 'Heavy medical burden' },
      text: {
        zh: `自付医疗费用 ¥${yuan(medicalSelfPaidFen)}，占家庭年收入 ${Math.round(burdenPercent)}%（标准 ${config.medicalBurdenPercent}%）`,
        en: `Self-paid medical costs ¥${yuan(medicalSelfPaidFen)}, ${Math.round(burdenPercent)}% of household income (rule: ${config.medicalBurdenPercent}%)`,
      },
    },
    {
      rule: 'after_medical_below_min_living',
      fired: heavyMedical && afterMedical <= line.minLivingMonthlyFen,
      tier: 'deep',
      label: { zh: '扣除医疗支出后低于低保线（因病致困）', en: 'Below the minimum-living line after medical costs' },
      text: {
        zh: `扣除自付医疗费用后人均每月 ¥${yuan(afterMedical)}；低保线每月 ¥${yuan(line.minLivingMonthlyFen)}`,
        en: `¥${yuan(afterMedical)} per person a month after medical costs; minimum-living line ¥${yuan(line.minLivingMonthlyFen)}`,
      },
    },
    {
      rule: 'serious_illness_with_burden',
      fired: (health.condition === 'serious' || health.condition === 'disabled') && heavyMedical,
      tier: 'relative',
      label: { zh: '重病或残疾且医疗负担重', en: 'Serious illness or disability with a heavy medical burden' },
      text: {
        zh: `健康状况：${{ healthy: '健康', chronic: '慢性病', serious: '重大疾病', disabled: '残疾' }[health.condition]}；医疗负担${heavyMedical ? '重' : '不重'}`,
        en: `Health: ${health.condition}; medical burden ${heavyMedical ? 'heavy' : 'not heavy'}`,
      },
    },
    {
      rule: 'dependants',
      fired: dependantShare >= config.dependantSharePercent && perCapita <= margin,
      tier: 'relative',
      label: { zh: '赡养抚养负担重', en: 'Many dependants on a modest income' },
      text: {
        zh: `被抚养/赡养人 ${dependants}/${size}（${dependantShare}%，标准 ${config.dependantSharePercent}%）；人均每月 ¥${yuan(perCapita)}，上限 ¥${yuan(margin)}`,
        en: `${dependants} of ${size} are dependants (${dependantShare}%, rule ${config.dependantSharePercent}%); ¥${yuan(perCapita)} per person a month, limit ¥${yuan(margin)}`,
      },
    },
    {
      rule: 'accident_or_disaster',
      fired: (input.cause === 'accident' || input.cause === 'disaster') && medicalSelfPaidFen >= config.accidentMinFen,
      tier: 'accident',
      label: { zh: '意外或灾害致困', en: 'Hardship caused by an accident or disaster' },
      text: {
        zh: `致困原因：${{ illness: '疾病', accident: '意外', disaster: '灾害', education: '子女教育', other: '其他' }[input.cause]}；自付费用 ¥${yuan(medicalSelfPaidFen)}（标准 ¥${yuan(config.accidentMinFen)}）`,
        en: `Cause: ${input.cause}; self-paid costs ¥${yuan(medicalSelfPaidFen)} (rule ¥${yuan(config.accidentMinFen)})`,
      },
    },
  ];
  const tier = rules.reduce<Tier>(
    (best, r) => (r.fired && r.tier && rank[r.tier] > rank[best] ? r.tier : best),
    'none',
  );
  return { tier, ruleVersion: version, rules };
}

/** The rules a fresh installation starts with (Zhejiang-like 2026 figures); cadres publish new versions. */
export const initialRuleConfig: RuleConfig = {
  lines: [],
  defaultLine: { minLivingMonthlyFen: 124_300, lowIncomeMonthlyFen: 186_450 },
  medicalBurdenPercent: 30,
  dependantSharePercent: 50,
  dependantIncomeMarginPercent: 150,
  accidentMinFen: 1_000_000,
  approvalThresholdFen: 300_000,
  emergencyThresholdFen: 500_000,
  yearlyCapFen: 2_000_000,
};
