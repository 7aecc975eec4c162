const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Paris: a scan at 00:30 in Paris belongs to that day, not to UTC's previous one. */
export function parisDay(at: Date): string {
  return PARIS_DATE.format(at);
}
