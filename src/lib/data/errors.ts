/** Every data problem names where it is and what to do about it. */
export interface DataIssue {
  file: string;
  /** 1-based line number in the file as an editor sees it (header = 1); 0 when the whole file is concerned. */
  row: number;
  column?: string;
  message: string;
  fix: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.row ? `dòng ${issue.row}` : '', issue.column ? `cột "${issue.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message} — Sửa: ${issue.fix}`;
}

export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(`Dữ liệu không hợp lệ (${issues.length} lỗi):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
