export interface MapPlace {
  latitude: number;
  longitude: number;
  name: string;
  address: string;
}

export interface TapOptions {
  /** Spoken name when the visible text is only an icon. */
  label?: string;
  /** For toggles and chips: whether it is on. */
  pressed?: boolean;
}
