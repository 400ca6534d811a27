/**
 * Recognises an uploaded file by its first bytes (magic numbers), so a renamed executable or HTML page is refused
 * whatever its name or claimed type. Pure, unit-tested.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_INCIDENT = 10;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Header names an e-mail saved as .eml starts with. */
const MAIL_HEADERS =
  /^(Received|Return-Path|From|To|Date|Subject|Message-ID|MIME-Version|Delivered-To|X-[A-Za-z-]+|DKIM-Signature|Authentication-Results|Reply-To|Content-Type):/i;

export function detectFileType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    ['heic', 'heix', 'mif1', 'msf1'].some((brand) => startsWith(bytes, ascii(brand), 8))
  )
    return 'image/heic';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  // An e-mail (.eml) is text: valid UTF-8 without NUL, beginning with a mail header.
  // Only the start is read; a multi-byte character cut off at its end is not an error.
  const head = bytes.length > 4096 ? bytes.subarray(0, 4092) : bytes;
  if (head.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head);
    if (MAIL_HEADERS.test(text.replace(/^\uFEFF/, ''))) return 'message/rfc822';
  } catch {
    return null;
  }
  return null;
}
