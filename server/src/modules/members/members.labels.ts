// Members' categories in words, for what the server itself writes in both languages (error messages, exports).
// The web shows the same names from its message catalogues (`category.*`).
import type { Bilingual } from '../../platform/errors.js';
import type { MemberCategory } from './members.schemas.js';

export const categoryNames: Record<MemberCategory, Bilingual> = {
  employee: { zh: '职工', en: 'Employee' },
  rider: { zh: '外卖骑手', en: 'Delivery rider' },
  courier: { zh: '快递员', en: 'Courier' },
  ride_hailing: { zh: '网约车司机', en: 'Ride-hailing driver' },
  trucking: { zh: '货车司机', en: 'Truck driver' },
  domestic: { zh: '家政服务员', en: 'Domestic worker' },
  other_gig: { zh: '其他新就业形态', en: 'Other gig worker' },
};

/** "外卖骑手、快递员" / "Delivery rider, Courier". */
export function categoryList(categories: readonly string[]): Bilingual {
  const known = categories.map((c) => categoryNames[c as MemberCategory] ?? { zh: c, en: c });
  return { zh: known.map((n) => n.zh).join('、'), en: known.map((n) => n.en).join(', ') };
}
