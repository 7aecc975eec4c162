/** Every error the API returns has this shape; `code` is stable, `message` is for a person. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface ListResponse<T> {
  data: T[];
}

export interface ItemResponse<T> {
  data: T;
}
