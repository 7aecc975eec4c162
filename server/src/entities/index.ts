import { Article } from './Article';
import { City } from './City';
import { Location } from './Location';
import { Organization } from './Organization';
import { Service } from './Service';
import { Update } from './Update';

export { Article, City, Location, Organization, Service, Update };

/** Every entity, for the data source. Add new ones here. */
export const entities = [City, Organization, Service, Location, Article, Update];
