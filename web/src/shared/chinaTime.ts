// Moments are shown in China time whatever the reader's device says (the union's events happen there).

/** A moment in China time, in the reader's language: 12月8日 14:00. */
export const chinaMoment = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
