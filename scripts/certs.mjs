// HTTPS certificate for the local dev server. Office only loads add-ins over
// HTTPS. On Windows and macOS, office-addin-dev-certs makes a certificate
// trusted by the system (it asks for permission once). Elsewhere, or when
// that fails, a self-signed pair is made with openssl in .certs/ (never
// committed): the browser shows a warning you accept once.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const certDir = path.join(root, ".certs");

async function trustedCertificate() {
  if (process.platform !== "win32" && process.platform !== "darwin") return null;
  try {
    const devCerts = await import("office-addin-dev-certs");
    const options = await (devCerts.getHttpsServerOptions ?? devCerts.default.getHttpsServerOptions)();
    return { key: options.key, cert: options.cert, trusted: true };
  } catch {
    return null;
  }
}

function selfSignedCertificate() {
  const keyFile = path.join(certDir, "localhost.key");
  const certFile = path.join(certDir, "localhost.crt");
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(certDir, { recursive: true });
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "365",
          "-keyout",
          keyFile,
          "-out",
          certFile,
          "-subj",
          "/CN=localhost",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        { stdio: "ignore" },
      );
    } catch {
      throw new Error("Không tạo được chứng chỉ HTTPS: cần cài openssl (Debian/Ubuntu: sudo apt-get install openssl).");
    }
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), trusted: false };
}

export async function ensureCertificates() {
  return (await trustedCertificate()) ?? selfSignedCertificate();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { trusted } = await ensureCertificates();
  console.log(trusted ? "Đã có chứng chỉ HTTPS được hệ thống tin cậy." : `Đã tạo chứng chỉ tự ký trong ${certDir}.`);
}
