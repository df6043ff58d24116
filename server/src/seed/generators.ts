// Deterministic generators for believable demo and benchmark data: valid ID numbers (GB 11643),
// credit codes (GB 32100), mobile numbers and Chinese names. Never used for real people.
import { creditCodeCheckChar, idCheckChar } from '../platform/validators.js';

/** mulberry32: small, fast, seeded, so every run seeds the same data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Rng = ReturnType<typeof rng>;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力丹斌宇浩凯鹏飞琳晶燕雪梅鑫宁波婷健俊帆志新海峰亮晨阳林欣佳怡子涵博睿雨轩';

export function chineseName(r: Rng): string {
  const given = r.next() < 0.6 ? r.pick([...GIVEN]) + r.pick([...GIVEN]) : r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

/** A valid 18-character ID number for the area code, born between the given years. */
export function idNumber(r: Rng, areaCode: string, fromYear: number, toYear: number): string {
  const year = r.int(fromYear, toYear);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const seq = r.int(1, 999);
  const body = `${areaCode}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '186',
  '187',
  '188',
  '189',
  '191',
  '199',
];
export function mobile(r: Rng): string {
  return r.pick(MOBILE_PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0');
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid unified social credit code for an enterprise (91…) registered in the area. */
export function creditCode(r: Rng, areaCode: string): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += CREDIT_CHARS[r.int(0, CREDIT_CHARS.length - 1)];
  const body = `91${areaCode}${org}`;
  return body + (creditCodeCheckChar(body) ?? '0');
}

const COMPANY_WORDS = [
  '华盛',
  '恒达',
  '新丰',
  '瑞通',
  '宏远',
  '金桥',
  '鼎盛',
  '天成',
  '永康',
  '嘉禾',
  '东方',
  '兴业',
  '绿源',
  '精工',
  '万家',
  '顺达',
  '安泰',
  '博远',
  '锦程',
  '汇丰',
];
const COMPANY_KINDS = [
  '机械制造',
  '纺织',
  '食品',
  '物流',
  '建材',
  '电子科技',
  '竹木制品',
  '特种纸业',
  '汽车配件',
  '餐饮管理',
  '物业服务',
  '信息技术',
];
export function companyName(r: Rng, place: string): string {
  return `${place}${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_KINDS)}有限公司`;
}
