/**
 * The build configuration, without building: where office.js comes from,
 * the pages' content security policy, and the preview kept out of
 * production builds. (The end-to-end tests build and run the preview; the
 * UI benchmark builds production.)
 */
import path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require(path.resolve(__dirname, "../../webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<WebpackConfig>;

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; templateParameters?: Record<string, string> };
  patterns?: Array<{ from: string; to: string; info?: { minimized?: boolean } }>;
}
interface WebpackConfig {
  entry: Record<string, string>;
  output: { path: string };
  plugins: Plugin[];
}

async function build(
  env: Record<string, unknown>,
  mode: string,
  vars: Record<string, string | undefined> = {},
): Promise<WebpackConfig> {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return await makeConfig(env, { mode });
  } finally {
    process.env = saved;
  }
}

const page = (config: WebpackConfig, filename: string) =>
  config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === filename);
const copies = (config: WebpackConfig) => config.plugins.flatMap((p) => p.patterns ?? []);

describe("webpack configuration", () => {
  test("production: office.js from Microsoft's CDN, CSP allowing only the add-in's origin and the CDN, no preview", async () => {
    const config = await build({}, "production", {
      OFFICE_JS: undefined,
      ADDIN_BASE_URL: "https://addin.example.gov.vn/kieumau/",
    });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "functions", "taskpane"]);
    expect(page(config, "preview.html")).toBeUndefined();
    const params = page(config, "taskpane.html")?.userOptions?.templateParameters ?? {};
    expect(params.officeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const csp = params.contentSecurityPolicy ?? "";
    expect(csp).toMatch(
      /script-src 'self' https:\/\/addin\.example\.gov\.vn https:\/\/appsforoffice\.microsoft\.com;/u,
    );
    expect(csp).toMatch(
      /connect-src 'self' https:\/\/addin\.example\.gov\.vn https:\/\/appsforoffice\.microsoft\.com;/u,
    );
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|\*/u);
    expect(copies(config).map((p) => p.to)).toContain("manifest.xml");
    expect(copies(config).some((p) => p.to === "office-js")).toBe(false);
  });

  test("OFFICE_JS=local: office.js copied from @microsoft/office-js (marked minimized) and served from the add-in's host", async () => {
    const config = await build({}, "production", { OFFICE_JS: "local", ADDIN_BASE_URL: "https://noibo.local/kieumau" });
    const params = page(config, "taskpane.html")?.userOptions?.templateParameters ?? {};
    expect(params.officeJsUrl).toBe("https://noibo.local/kieumau/office-js/office.js");
    expect(params.contentSecurityPolicy).not.toContain("appsforoffice");
    const copy = copies(config).find((p) => p.to === "office-js");
    expect(copy?.from).toBe("node_modules/@microsoft/office-js/dist");
    expect(copy?.info?.minimized).toBe(true);
  });

  test("bad options are refused with a message", async () => {
    await expect(build({}, "production", { OFFICE_JS: "mirror" })).rejects.toThrow(
      /OFFICE_JS phải là "cdn" hoặc "local"/u,
    );
    await expect(build({}, "production", { ADDIN_BASE_URL: "http://insecure.example/" })).rejects.toThrow(
      /https:\/\//u,
    );
    await expect(build({ preview: true }, "production", {})).rejects.toThrow(
      /preview never goes into a production dist/u,
    );
  });

  test("development builds carry the preview page, with its own CSP and no office.js", async () => {
    const config = await build({}, "development", { OFFICE_JS: undefined, ADDIN_BASE_URL: undefined });
    expect(config.entry.preview).toBe("./src/preview/index.tsx");
    const preview = page(config, "preview.html")?.userOptions?.templateParameters ?? {};
    expect(preview.contentSecurityPolicy).toMatch(/^default-src 'self' https:\/\/localhost:3000;/u);
    expect(preview.contentSecurityPolicy).not.toContain("appsforoffice");
  });
});
