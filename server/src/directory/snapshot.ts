import type { DataSource } from 'typeorm';
import { directoryRows } from '../content/importer';
import type { Content } from '../content/loader';
import { City, Location, Organization, Service } from '../entities';

/** The directory tables as the export reads them, whether they come from the database or from content/. */
export interface DirectorySnapshot {
  cities: Array<Pick<City, 'slug' | 'name' | 'timezone'>>;
  organizations: Array<Pick<Organization, 'id' | 'city' | 'name' | 'website' | 'email'>>;
  services: Array<
    Pick<
      Service,
      'id' | 'organizationId' | 'city' | 'position' | 'name' | 'description' | 'tags' | 'languages' | 'phone' | 'notes' | 'mobile' | 'verified' | 'verifiedOn' | 'source' | 'closures'
    >
  >;
  locations: Array<Pick<Location, 'id' | 'serviceId' | 'position' | 'name' | 'address' | 'postalCode' | 'lat' | 'lng' | 'timezone' | 'hours' | 'hoursNote'>>;
}

export async function snapshotFromDb(dataSource: DataSource): Promise<DirectorySnapshot> {
  return {
    cities: await dataSource.getRepository(City).find(),
    organizations: await dataSource.getRepository(Organization).find(),
    services: await dataSource.getRepository(Service).find(),
    locations: await dataSource.getRepository(Location).find(),
  };
}

/**
 * The rows the importer would write, built by the importer's own code so that both sources give the
 * same keys and therefore the same UUIDs. Its rows are typed loosely (it syncs any table); they are
 * built field for field from the entity columns.
 */
export function snapshotFromContent(content: Content): DirectorySnapshot {
  const rows = directoryRows(content.cities);
  return rows as unknown as DirectorySnapshot;
}
