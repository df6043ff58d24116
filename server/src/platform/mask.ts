// Masking rules from SECURITY.md §3.3; presenters use these, never ad-hoc slicing.

/** 11010519491231002X → 1101**********002X (never shows the birth date). */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length !== 11) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 张三明 → 张*明, 王五 → 王* (public lists only). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
