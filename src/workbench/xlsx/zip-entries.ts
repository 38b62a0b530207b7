// Reads single files out of a .zip (an .xlsx package) from its central directory, so the importer
// can look at package parts ExcelJS does not keep (a table's raw attributes). Stored and deflated
// entries only, which is all Excel writes; inflating uses the platform's DecompressionStream.

interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfDirectory(view: DataView): number {
  // the record is 22 bytes plus a comment of at most 65535
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= last; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** Package bytes as given: an ArrayBuffer, or a view such as Node's Buffer. */
export type ZipBytes = ArrayBuffer | ArrayBufferView;

function asBytes(bytes: ZipBytes): Uint8Array {
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Name → where its data is, for every entry of the central directory; empty when unreadable. */
export function zipEntries(input: ZipBytes): Map<string, ZipEntry> {
  const bytes = asBytes(input);
  const view = viewOf(bytes);
  const entries = new Map<string, ZipEntry>();
  const end = view.byteLength >= 22 ? findEndOfDirectory(view) : -1;
  if (end < 0) return entries;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** One entry's text (UTF-8), or null when it is missing or stored in a way this reader skips. */
export async function readZipText(
  input: ZipBytes,
  entry: ZipEntry | undefined,
): Promise<string | null> {
  if (!entry || (entry.method !== STORED && entry.method !== DEFLATED)) return null;
  const bytes = asBytes(input);
  const view = viewOf(bytes);
  const at = entry.localHeader;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const raw = entry.method === STORED ? data : await inflate(data);
  return new TextDecoder().decode(raw);
}
