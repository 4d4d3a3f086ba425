/**
 * Review a draft from `npm run propose`, row by row, beside its paragraph:
 *   npm run review -- drafts/<slug>.csv
 * For each figure: Enter accepts; 1–3 picks another indicator guess;
 * "cột=giá trị" edits a column (indicator=…, unit=…, period_start=…);
 * a figure with no indicator is accepted with the new indicator drafted for it
 * (new_indicator_name=… renames it) unless indicator=… merges it into one;
 * x excludes it (a reason is asked); s skips; q saves and stops. Decisions
 * are saved in the draft as you go, so a review can stop and resume. When
 * no row is waiting (or with --apply), accepted rows are checked with the
 * whole dataset and appended to data/observations.csv and
 * data/coverage-exclusions.csv; `npm run build` checks them as always.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { defaultPaths, loadDataset } from '../lib/data/dataset.ts';
import { formatIssue } from '../lib/data/errors.ts';
import { draftColumns, suggestedIndicators, type DraftRow } from '../lib/propose/draft-rows.ts';
import { acceptedRows, applyAccepted, draftText, parseDraft, pending } from '../lib/propose/review.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { apply: { type: 'boolean' } } });
const [file] = positionals;
if (!file) {
  console.error('cách dùng: npm run review -- <bản-nháp.csv> [--apply]');
  process.exit(2);
}
const rows = parseDraft(readFileSync(file, 'utf8'));
const save = () => writeFileSync(file, draftText(rows));
const paths = defaultPaths();
const { dataset } = loadDataset(paths);

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1;33m${s}\x1b[0m` : `[[${s}]]`);
/** The paragraph with the figure marked, cut to a readable window. */
function context(row: DraftRow): string {
  const block = dataset.reports.get(row.report!)?.blockById.get(row.anchor!);
  const text = block?.text ?? row.quote!;
  const at = text.indexOf(row.quote!) + Math.max(0, row.quote!.indexOf(row.printed!));
  const from = Math.max(0, at - 160);
  return `${from ? '…' : ''}${text.slice(from, at)}${bold(row.printed!)}${text.slice(at + row.printed!.length, at + row.printed!.length + 160)}…`;
}

if (!values.apply) {
  const waiting = pending(rows);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Lines are pulled one at a time, so answers piped in ahead of the questions are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? 'q' : String(next.value).trim();
  };
  let done = 0;
  for (const row of waiting) {
    const figure = row.proposal === 'figure';
    console.log(`\n[${++done}/${waiting.length}] ${row.anchor} — ${figure ? 'số liệu' : `gợi ý loại trừ: ${row.reason}`}`);
    console.log(context(row));
    if (figure) {
      const period = row.as_of ? `tại ${row.as_of}` : `${row.period_start} – ${row.period_end}`;
      const indicator = dataset.indicators.find((i) => i.id === row.indicator);
      console.log(
        `  số in “${row.printed}” = ${row.value} ${row.unit}; ${period}; chỉ tiêu ${row.indicator || '(chưa có)'}${indicator ? ` — ${indicator.name} (${indicator.unit})` : ''}`,
      );
      const guesses = suggestedIndicators(row.note!);
      console.log(
        `  chỉ tiêu đoán: ${guesses.map((id, i) => `${i + 1}) ${id} — ${dataset.indicators.find((x) => x.id === id)?.name}`).join('  ')}`,
      );
      if (!row.indicator && row.new_indicator_id)
        console.log(
          `  chỉ tiêu mới (Enter để nhận, hoặc indicator=<mã> để gộp vào chỉ tiêu có sẵn): ${row.new_indicator_id} — ${row.new_indicator_name} (${row.new_indicator_unit}; ${row.new_indicator_topic})`,
        );
      console.log(`  ${row.note}`);
    }
    const choices = figure
      ? '[Enter] nhận  [1-3] chọn chỉ tiêu đoán  [cột=giá trị] sửa  [x] loại trừ  [s] bỏ qua  [q] lưu, dừng'
      : '[Enter] nhận loại trừ  [f] là số liệu, bỏ qua để soạn tay  [s] bỏ qua  [q] lưu, dừng';
    let decided = false;
    while (!decided) {
      const answer = await ask(`  ${choices}\n> `);
      const edit = /^([a-z_]+)=(.*)$/.exec(answer);
      if (answer === 'q') {
        save();
        rl.close();
        console.log(`Đã lưu ${file}; chạy lại lệnh để tiếp tục.`);
        process.exit(0);
      } else if (answer === '' || answer === 'a') {
        row.decision = 'accept';
        decided = true;
      } else if (figure && /^[1-3]$/.test(answer)) {
        const pick = suggestedIndicators(row.note!)[Number(answer) - 1];
        if (pick) row.indicator = pick;
        console.log(`  chỉ tiêu: ${row.indicator}`);
      } else if (figure && edit && draftColumns().includes(edit[1]!)) {
        row[edit[1]!] = edit[2]!;
        console.log(`  ${edit[1]} = ${edit[2]}`);
      } else if (figure && answer === 'x') {
        row.reason = (await ask('  lý do (vì sao không phải số liệu)? ')) || 'không phải số liệu';
        row.decision = 'exclude';
        decided = true;
      } else if (answer === 's' || (!figure && answer === 'f')) {
        row.decision = 'skip';
        decided = true;
      } else console.log('  không hiểu lệnh');
    }
    save();
  }
  rl.close();
}

if (pending(rows).length) {
  console.log(`Còn ${pending(rows).length} dòng chưa xem: chạy lại lệnh để tiếp tục, hoặc --apply để ghi những dòng đã nhận.`);
} else {
  const accepted = acceptedRows(
    rows,
    dataset.observations.map((o) => o.id),
    dataset.indicators.map((i) => i.id),
  );
  const problems = applyAccepted(accepted, paths);
  if (problems.length) {
    console.error(`Chưa ghi gì: ${problems.length} lỗi ở các dòng đã nhận (sửa trong ${file} rồi chạy lại với --apply):`);
    for (const p of problems) console.error(`  - ${p.draftId ? `[${p.draftId} trong bản nháp] ` : ''}${formatIssue(p)}`);
    process.exitCode = 1;
  } else {
    for (const row of rows) if (row.decision === 'accept' || row.decision === 'exclude') row.decision = 'applied';
    save();
    console.log(
      `Đã ghi ${accepted.observations.length} số liệu vào data/observations.csv, ${accepted.indicators.length} chỉ tiêu mới vào data/indicators.csv và ${accepted.exclusions.length} loại trừ vào data/coverage-exclusions.csv. Chạy npm run build để kiểm tra.`,
    );
  }
}
