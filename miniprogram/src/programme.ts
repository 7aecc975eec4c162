/**
 * The programme's own contact. Its direct line is server configuration (PROGRAMME_PHONE, from
 * GET /api/programme), shown only when set: the app never promises Chinese-speaking staff on a
 * number nobody checked.
 */
export const PROGRAMME = {
  email: 'lotusbus@medecinsdumonde.net',
} as const;

/**
 * Emergency numbers in France, in the order the page shows them. Bundled in the app: they never
 * change and must show with no network and nothing cached.
 */
export const EMERGENCY_CALLS = ['112', '15', '17', '115', '119', '3114', '3919'] as const;
export const EMERGENCY_SMS = '114';
