/**
 * A minimal ZIP writer for hostile files: entries given as already-deflated
 * bytes (so one 500 MB bomb stream is made once and reused), sizes and CRCs
 * as the caller says (so a directory can lie). Test support only.
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  /** Deflated (method 8) or stored (method 0) bytes. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly uncompressedSize: number;
}

export function deflatedEntry(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return {
    name,
    data: deflateRawSync(bytes, { level: 9 }),
    method: 8,
    crc: crc32(bytes),
    uncompressedSize: bytes.length,
  };
}

/** A deflate stream of `size` repetitions of one byte, made in slices (a 500 MB bomb is a few hundred KB). */
export async function repeatedByteEntry(name: string, byte: number, size: number): Promise<RawEntry> {
  const slice = Buffer.alloc(Math.min(size, 16 * 1024 * 1024), byte);
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  for (let left = size; left > 0; left -= slice.length) {
    const part = left >= slice.length ? slice : slice.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(chunks), method: 8, crc, uncompressedSize: size };
}

export function zipOf(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(Math.min(entry.uncompressedSize, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(entry.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(Math.min(entry.uncompressedSize, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
