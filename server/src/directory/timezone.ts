/**
 * HSDS schedules carry a fixed UTC offset (`timezone`, in hours) where we keep IANA zones, because
 * Paris is +1 in winter and +2 in summer. The export writes the offset in force at the export instant
 * and says so in the schedule text; a consumer needs a fresh export after the clocks change.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function utcOffsetHours(timeZone: string, at: Date): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  const name = f
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = name ? /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name) : null;
  if (!m) throw new Error(`no UTC offset for time zone ${timeZone}`);
  if (!m[1]) return 0;
  const hours = Number(m[2]) + Number(m[3]) / 60;
  return m[1] === '-' ? -hours : hours;
}

/** `UTC+1`, `UTC+5:30`, `UTC−3`: how the offset reads in the schedule notes. */
export function formatOffset(hours: number): string {
  const sign = hours < 0 ? '-' : '+';
  const abs = Math.abs(hours);
  const whole = Math.floor(abs);
  const minutes = Math.round((abs - whole) * 60);
  return `UTC${sign}${whole}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** The UTC date on which the offset next changes, looked for within a year; null if it never does. */
export function nextOffsetChange(timeZone: string, at: Date): string | null {
  const start = utcOffsetHours(timeZone, at);
  for (let day = 1; day <= 366; day++) {
    const t = at.getTime() + day * 86_400_000;
    if (utcOffsetHours(timeZone, new Date(t)) === start) continue;
    let hour = t - 86_400_000;
    while (utcOffsetHours(timeZone, new Date(hour)) === start) hour += 3_600_000;
    return new Date(hour).toISOString().slice(0, 10);
  }
  return null;
}
