/**
 * Reads one input (a file or stdin) and decides whether it is HTML or plain text,
 * refusing what we cannot analyse with a one-line reason: missing, empty, too large,
 * binary, or not HTML when HTML was promised.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CliError } from './cli-error';

/** Largest input we read: news pages are well under 5 MB; beyond this it is not an article. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Bytes sniffed for NUL characters, the mark of a binary file. */
const SNIFF_BYTES = 8192;
/** Share of U+FFFD replacement characters after decoding above which the bytes were not UTF-8 text. */
const MAX_REPLACEMENT_SHARE = 0.01;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const LOOKS_LIKE_HTML = /<(!doctype|html|head|body|article|main|div|p|h1|h2|section|span|a)[\s>/]/i;

/** A decoded input. */
export interface Input {
  name: string;
  kind: 'html' | 'text';
  content: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function decode(name: string, bytes: Buffer, declared: 'html' | 'text' | null): Input {
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`${name} is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_INPUT_BYTES)}`);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new CliError(`${name} looks like a binary file, not HTML or text`);
  const content = bytes.toString('utf8').replace(/^\ufeff/, '');
  const replacements = content.length ? (content.match(/\ufffd/g)?.length ?? 0) / content.length : 0;
  if (replacements > MAX_REPLACEMENT_SHARE) throw new CliError(`${name} is not UTF-8 text (binary or another encoding)`);
  if (content.trim() === '') throw new CliError(`${name} is empty`);
  const sniffed = LOOKS_LIKE_HTML.test(content.slice(0, SNIFF_BYTES * 8)) ? 'html' : 'text';
  if (declared === 'html' && sniffed !== 'html') throw new CliError(`${name} does not look like HTML (no HTML tags); pass plain text as a .txt file`);
  return { name, kind: declared ?? sniffed, content };
}

/** Reads a file (gunzipping `.gz`); `.html`/`.htm` must be HTML, `.txt` is plain text, anything else is sniffed. */
export function readInputFile(path: string): Input {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path} is a directory; batch mode (--jsonl) reads directories`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path} is ${megabytes(size)}; the limit is ${megabytes(MAX_INPUT_BYTES)}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const gzipped = path.toLowerCase().endsWith('.gz');
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES + 1 });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new CliError(tooBig ? `${path} is over ${megabytes(MAX_INPUT_BYTES)} uncompressed` : `${path} is not valid gzip`);
    }
  }
  const ext = extname(gzipped ? path.slice(0, -3) : path).toLowerCase();
  const declared = HTML_EXTENSIONS.has(ext) ? 'html' : TEXT_EXTENSIONS.has(ext) ? 'text' : null;
  return decode(path, bytes, declared);
}

/** Reads all of stdin (for `-`), stopping past the size limit. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Input> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw new CliError(`stdin is over ${megabytes(MAX_INPUT_BYTES)}; the limit is ${megabytes(MAX_INPUT_BYTES)}`);
    chunks.push(buffer);
  }
  return decode('stdin', Buffer.concat(chunks), null);
}
