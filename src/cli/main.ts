/**
 * The headless tool `kieumau`: write a template workbook, or consolidate
 * ward workbooks into a summary workbook (and JSON). Same core as the add-in.
 * Exit status: 0 all files consolidated; 1 some files had problems, nothing
 * could be read, or the output could not be written; 2 usage error or a
 * refused output (an input, an existing file without --force).
 */
import { problemText, type Language } from "../contracts/problem-text";
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  errorWord,
  languageOf,
  line,
  parseArgs,
  usage,
  type CliIo,
} from "./args";
import { compare, COMPARE_USAGE } from "./compare";
import { consolidate } from "./consolidate";
import { template } from "./template";

export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from "./args";
export { summaryJsonText } from "./consolidate";

export const USAGE = `Cách dùng (usage):
  kieumau template [--layout phieu|nhanh] [--wards N] [--criteria BO_TIEU_CHI.json] -o MAU.xlsx [--force]
      Ghi sổ mẫu chấm (phiếu chấm một phường, hoặc bảng chấm nhanh N phường) có công thức,
      kiểm tra dữ liệu, định dạng có điều kiện và dấu hiệu mẫu. Không ghi đè tệp đã có, trừ khi có --force.
      (Write a template workbook: one ward's form, or the quick matrix with N ward rows.)
  kieumau consolidate TEP.xlsx|THU_MUC... [-o TONG_HOP.xlsx] [--json] [--criteria BO_TIEU_CHI.json]
                      [--target 30%] [--provinces current|as-written] [--report] [--quota N] [--force]
      Tổng hợp các tệp chấm của phường (hoặc mọi tệp trong thư mục: đọc .xlsx và .xlsm, báo từng tệp khác)
      thành sổ tổng hợp; --json in kết quả dạng JSON ra màn hình. Cần -o hoặc --json.
      Ghi lại lên sổ tổng hợp cũ thì giữ tổng số phường và chỉ tiêu đã nhập ở trang "Theo tỉnh";
      không ghi lên tệp đầu vào; không ghi đè tệp khác không phải sổ tổng hợp, trừ khi có --force.
      --provinces: tên tỉnh theo danh mục hiện hành (current) hay như ghi trong tệp (as-written);
      mặc định theo kỳ đánh giá.
      --report: in báo cáo bằng lời ra màn hình (sổ tổng hợp luôn có trang "Báo cáo", --json có "report");
      --quota N: chỉ tiêu được giao (số phường), để báo cáo nói vượt hay còn thiếu bao nhiêu phường.
      (Consolidate ward workbooks into a summary workbook and/or JSON on stdout.)
${COMPARE_USAGE}
  kieumau --help
  --lang vi|en  ngôn ngữ của thông báo và của vấn đề trong --json (mặc định vi).
      (Language of messages and of the problems in --json; Vietnamese by default.)

Mã thoát (exit status): 0 mọi tệp đã tổng hợp; 1 có tệp gặp vấn đề (các tệp khác vẫn được tổng hợp),
không đọc được phường nào (không ghi gì), hoặc không ghi được tệp; 2 sai cách dùng, hoặc từ chối ghi
(tệp ghi ra là tệp đầu vào, tệp đã có mà không có --force).`;

/** The usage text with --lang en. */
export const USAGE_EN = `Usage:
  kieumau template [--layout phieu|nhanh] [--wards N] [--criteria CRITERIA.json] -o TEMPLATE.xlsx [--force]
      Write a template workbook (one ward's form, or the quick matrix with N ward rows) with formulas,
      data validation, conditional formats and the template marker. An existing file is kept unless --force.
  kieumau consolidate FILE.xlsx|FOLDER... [-o SUMMARY.xlsx] [--json] [--criteria CRITERIA.json]
                      [--target 30%] [--provinces current|as-written] [--report] [--quota N] [--force]
      Consolidate ward workbooks (or every file of a folder: .xlsx and .xlsm are read, any other file is
      reported) into a summary workbook; --json prints the result as JSON. Needs -o or --json.
      Writing again over an earlier summary keeps the total wards and targets typed on "Theo tỉnh";
      an input is never overwritten; another file that is not a summary is kept unless --force.
      --provinces: province names from the current register (current) or as written in the files
      (as-written); by default from the periods read.
      --report: print the report in words (the summary always has a "Báo cáo" sheet, --json a "report");
      --quota N: the wards the programme asked for, so the report says how many over or short.
  kieumau --help
  --lang vi|en  language of the messages and of the problems in --json (default vi).

Exit status: 0 every file consolidated; 1 some files had problems (the others are still consolidated),
no ward could be read (nothing written), or the output could not be written; 2 usage error, or the
write was refused (the output is an input, the file exists and --force was not given).`;

function usageText(language: Language): string {
  return language === "en" ? USAGE_EN : USAGE;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const language = languageOf(args);
  try {
    const [command, ...rest] = args;
    if (command === undefined) throw usage("cliNoCommand", {});
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${usageText(language)}\n`);
      return EXIT_OK;
    }
    // compare reads its own options (two summaries, -o, --criteria).
    if (command === "compare") return await compare(rest, io, usageText(language));
    const parsed = parseArgs(rest);
    if (parsed.options.get("--help") === true) {
      io.stdout(`${usageText(language)}\n`);
      return EXIT_OK;
    }
    if (command === "template") return await template(parsed, io, language);
    if (command === "consolidate") return await consolidate(parsed, io, language);
    throw usage("cliBadCommand", { command });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${errorWord(language)}: ${problemText(error.problem, language).message}\n\n${usageText(language)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${line("cliUnexpected", { reason: (error as Error).message }, language)}\n`);
    return EXIT_PROBLEMS;
  }
}

/**
 * A stream that stops being written once its reader has gone
 * (`kieumau consolidate … --json | head -1`): EPIPE ends the output
 * quietly, the run itself (and the summary it writes) goes on.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on("error", () => {
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

/** Entry point of bin/kieumau.js. */
export async function main(args: readonly string[]): Promise<void> {
  const code = await run(args, {
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
