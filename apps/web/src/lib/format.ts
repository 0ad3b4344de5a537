const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Formats an ISO date or partial date ("2019", "2019-10", "2019-10-16") the British way: "16 October 2019". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "–";
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** Short form for tables: "16 Oct 2019". */
export function formatDateShort(date: string | null | undefined): string {
  const long = formatDate(date);
  return long.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    (m) => m.slice(0, 3),
  );
}

/** "1 day", "12 days", "1,204 days". */
export function formatDays(days: number): string {
  return `${days.toLocaleString("en-GB")} ${days === 1 ? "day" : "days"}`;
}

/** "1 inspection", "3 inspections". */
export function plural(
  count: number,
  word: string,
  pluralWord = `${word}s`,
): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? word : pluralWord}`;
}

/** Whole days from a date (`YYYY-MM-DD`, or the first day of `YYYY-MM` / `YYYY`) to `today`; negative when the date is later. */
export function daysBetween(date: string, today: Date): number {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  const midnight = Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate(),
  );
  return Math.round((midnight - Date.UTC(y, m - 1, d)) / 86_400_000);
}
