/** A file picked in the task pane (a browser File fits), or read from disk by the CLI. */
export interface WardFileSource {
  readonly name: string;
  /** Bytes, when known before reading (File.size): a huge file is refused without reading it. */
  readonly size?: number;
  arrayBuffer(): Promise<ArrayBuffer | Uint8Array>;
}
