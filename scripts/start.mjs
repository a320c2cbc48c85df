// npm start: where Excel desktop exists (Windows, macOS), sideload the add-in
// into it with office-addin-debugging; elsewhere build and serve the add-in
// over HTTPS and say which page to open in a browser.
import { spawn } from "node:child_process";

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const hasExcelDesktop =
  (process.platform === "win32" || process.platform === "darwin") && process.env.KIEUMAU_NO_EXCEL !== "1";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

if (hasExcelDesktop) {
  console.log("Đang nạp add-in vào Excel (office-addin-debugging)…");
  run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(
    [
      "Máy này không có Excel desktop: đang dựng và phục vụ add-in qua HTTPS.",
      `  • Xem thử (không cần Excel): https://localhost:${port}/preview.html   ← mở trang này`,
      `  • Bảng chấm (task pane):   https://localhost:${port}/taskpane.html (chỉ chạy bên trong Excel)`,
      `  • Hướng dẫn:               https://localhost:${port}/help.html`,
      `  • Manifest để nạp vào Excel trên web: https://localhost:${port}/manifest.xml`,
      'Chứng chỉ tự ký: trình duyệt sẽ cảnh báo lần đầu, chọn "Nâng cao" → "Tiếp tục".',
      "Dừng: Ctrl+C (hoặc npm stop).",
      "",
      "No Excel desktop here: building and serving the add-in over HTTPS at the addresses above;",
      "open preview.html for the task pane beside a simulated workbook (a development aid, not Excel).",
    ].join("\n"),
  );
  run(npx, ["webpack", "serve", "--mode", "development"]);
}
