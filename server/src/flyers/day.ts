const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Paris: a scan at 00:30 in Paris belongs to that day, not to UTC's previous one. */
export function parisDay(at: Date): string {
  return PARIS_DATE.format(at);
}

/** `day` (YYYY-MM-DD) moved by `days`, in calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
