// npm stop: unload the add-in from Excel desktop, or stop the local server.
import { execSync, spawnSync } from "node:child_process";

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
} else {
  try {
    execSync(`fuser -k ${port}/tcp`, { stdio: "ignore" });
    console.log(`Đã dừng máy chủ ở cổng ${port}.`);
  } catch {
    console.log(`Không có máy chủ nào chạy ở cổng ${port}.`);
  }
}
