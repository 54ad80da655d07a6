// The few globals that Node and browsers share. Core leaves the DOM lib out on purpose, so a
// stray `document` or `window` is a build error; these are declared by hand instead.

declare var console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  log(...data: unknown[]): void;
};

declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function queueMicrotask(callback: () => void): void;

declare class URL {
  constructor(url: string, base?: string | URL);
  href: string;
  origin: string;
  protocol: string;
  host: string;
  pathname: string;
  search: string;
  hash: string;
  toString(): string;
}

declare var crypto:
  | { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> }; randomUUID?(): string; getRandomValues?<T extends Uint8Array>(array: T): T }
  | undefined;
declare class TextEncoder {
  encode(input: string): Uint8Array;
  encodeInto(input: string, destination: Uint8Array): { read: number; written: number };
}
declare function btoa(data: string): string;

// The network, for the memory platform's real HTTP in Node (the browser's lives in @situ/widget).
declare function fetch(
  url: string,
  init: { method: string; body: string; headers: Record<string, string>; signal?: unknown },
): Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;
declare var AbortSignal: { timeout(ms: number): unknown };
