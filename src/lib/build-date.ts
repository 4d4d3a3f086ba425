/**
 * The date a build stands for: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the last commit's, else now. Two builds of one commit give
 * the same bytes, and "truy cập ngày" in a citation names the content's date.
 */
import { execFileSync } from 'node:child_process';

function lastCommitSeconds(): number | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out ? Number(out) : undefined;
  } catch {
    return undefined; // not a git checkout (an exported copy): fall back to now
  }
}

export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const seconds = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : lastCommitSeconds();
  if (seconds !== undefined && Number.isFinite(seconds)) return new Date(seconds * 1000);
  return new Date();
}

/** "23/11/2026", "5/1/2027": a date in vi-VN as Hanoi sees it, written as formatPartialDate writes one. */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
