/**
 * The part of Open Referral HSDS 3 that the export fills, as TypeScript. The JSON schemas in
 * scripts/hsds/ are the authority; the tests validate every export against them.
 */
export interface HsdsSchedule {
  id: string;
  service_id: string;
  location_id: string;
  service_at_location_id: string;
  freq: 'WEEKLY';
  wkst: 'MO';
  byday: string;
  opens_at: string;
  closes_at: string;
  /** Hours from UTC in force at the export instant (Paris: 1 in winter, 2 in summer). */
  timezone: number;
  description: string;
  notes: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'FR';
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  alternate_name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  schedules: HsdsSchedule[];
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: 'service_category';
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: { id: string; code: string; name: string; description: string; taxonomy: 'lotus' };
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  status: 'active' | 'temporarily closed';
  alert?: string;
  /** The day someone of the team checked the service; only ever set for a verified one. */
  assured_date?: string;
  phones: HsdsPhone[];
  languages: HsdsLanguage[];
  service_at_locations: HsdsServiceAtLocation[];
  attributes: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  services: HsdsService[];
}

export interface HsdsExport {
  version: '3.0';
  generated: string;
  organizations: HsdsOrganization[];
}

export interface ExportSummary {
  organizations: number;
  services: number;
  locations: number;
  schedules: number;
}
