export interface MapPlace {
  latitude: number;
  longitude: number;
  name: string;
  address: string;
}
