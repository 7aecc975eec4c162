/**
 * The programme's own contact. Its phone number comes from the directory (content/directory/paris.yaml,
 * service `paris-lotus-bus`), so the team corrects it in one place.
 */
export const PROGRAMME = {
  email: 'lotusbus@medecinsdumonde.net',
  city: 'paris',
  serviceId: 'paris:paris-lotus-bus',
} as const;

/** Emergency numbers in France: they never change and must work with no network. */
export const EMERGENCY_NUMBERS = { all: '112', medical: '15', help: '17', sms: '114' } as const;
