/** The part of wechat-api 1.35 (no types of its own) that the gateway uses. */
declare module 'wechat-api' {
  namespace API {
    interface AccessToken {
      accessToken: string;
      /** Epoch milliseconds. */
      expireTime: number;
    }
    interface Response {
      status: number;
      headers: Record<string, string | string[] | undefined>;
    }
    type RequestCallback = (err: (Error & { code?: number | string }) | null, data: unknown, res?: Response) => void;
    interface RequestOptions {
      dataType?: 'json' | 'text';
      type?: 'GET' | 'POST';
      method?: 'GET' | 'POST';
      data?: unknown;
      content?: Buffer | string;
      stream?: NodeJS.ReadableStream;
      headers?: Record<string, string>;
      timeout?: number;
    }
  }
  class API {
    constructor(
      appid: string,
      appsecret: string,
      getToken?: (callback: (err: Error | null, token?: API.AccessToken | null) => void) => void,
      saveToken?: (token: API.AccessToken, callback: (err: Error | null) => void) => void,
    );
    appid: string;
    endpoint: string;
    mpPrefix: string;
    fileServerPrefix: string;
    token: API.AccessToken;
    setOpts(opts: API.RequestOptions): void;
    request(url: string, opts: API.RequestOptions, callback: API.RequestCallback): void;
    getAccessToken(callback: (err: (Error & { code?: number | string }) | null, token: API.AccessToken) => void): this;
    preRequest(method: (...args: never[]) => void, args: IArguments | unknown[], retried?: boolean): void;
    static mixin(methods: Record<string, unknown>): void;
  }
  export = API;
}

