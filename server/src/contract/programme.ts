/** `GET /api/programme`: how to reach the programme itself, as configured on the server. */
export interface ProgrammeDTO {
  /** The direct line (PROGRAMME_PHONE), or null when none is configured: then the app offers writing instead. */
  phone: string | null;
}
