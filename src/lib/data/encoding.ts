/**
 * Every table and report is UTF-8. A file saved in another encoding
 * (Windows-1258 or TCVN3 from an old Vietnamese setup, UTF-16 from Excel's
 * "Unicode text") would otherwise be read as garbage and give hundreds of
 * unrelated errors; it is recognised here, and the fix says how to save it.
 */
import type { DataIssue } from './errors.ts';

const SAVE_AS_UTF8 =
  'mở tệp và lưu lại dạng UTF-8: VS Code: bấm tên mã hoá ở thanh dưới → Save with Encoding → UTF-8; Notepad: Lưu thành… → Mã hoá: UTF-8; Excel: Lưu thành… → CSV UTF-8 (phân cách bằng dấu phẩy)';
const fatal = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line holding byte `offset`. */
const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

/** The file's text, or why it is not UTF-8 (with the line of the first byte that is not). */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 200).includes(0)) {
    return { issue: { file, row: 0, message: 'tệp được lưu dạng UTF-16 (“Unicode”), không phải UTF-8', fix: SAVE_AS_UTF8 } };
  }
  try {
    return { text: fatal.decode(bytes) };
  } catch {
    return {
      issue: {
        file,
        row: lineAt(bytes, firstInvalid(bytes)),
        message: 'tệp không phải UTF-8 (có thể là Windows-1258, TCVN3 hay VNI): chữ tiếng Việt sẽ thành ký tự lạ',
        fix: SAVE_AS_UTF8,
      },
    };
  }
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (lead byte ranges of RFC 3629). */
function firstInvalid(bytes: Uint8Array): number {
  const continuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) if (!continuation(bytes[i + k])) return i;
    i += length;
  }
  return 0;
}
