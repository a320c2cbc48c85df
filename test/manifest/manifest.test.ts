/**
 * Offline checks of manifest.xml, and of the manifest the build writes for a
 * given ADDIN_BASE_URL. `npm run validate` (Microsoft's online validator) stays
 * the final step on a machine with internet.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { checkManifest, ManifestExpectations, parseXml, pngSize, PROJECT_EXPECTATIONS } from "./check-manifest";

const ROOT = path.resolve(__dirname, "../..");
const DEV_BASE_URL = "https://localhost:3000/";
const DEPLOY_BASE_URL = "https://addin.example.gov.vn/kieumau/";
const requireFromRoot = createRequire(path.join(ROOT, "package.json"));

const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function readAsset(relative: string): Uint8Array | undefined {
  const file = path.join(ROOT, relative);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
}

// --- The build, read from webpack.config.js -----------------------------------------------

type Transform = (content: Buffer, absoluteFrom: string) => string | Buffer | Promise<string | Buffer>;
interface CopyPattern {
  from: string;
  to?: string;
  transform?: Transform | { transformer: Transform };
}
interface WebpackConfig {
  entry: Record<string, unknown>;
  output?: { filename?: string };
  plugins: object[];
}

/** The webpack config for production under a given ADDIN_BASE_URL (read when the config function runs). */
async function webpackConfig(baseUrl?: string): Promise<WebpackConfig> {
  const saved = process.env.ADDIN_BASE_URL;
  if (baseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = baseUrl;
  try {
    const make = requireFromRoot("./webpack.config.js") as (
      env: object,
      options: { mode: string },
    ) => Promise<WebpackConfig>;
    return await make({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

function pluginOf<T extends object>(config: WebpackConfig, moduleName: string): T[] {
  const plugin = requireFromRoot(moduleName) as
    (new (...args: never[]) => object) | { default: new (...args: never[]) => object };
  const constructor = typeof plugin === "function" ? plugin : plugin.default;
  return config.plugins.filter((p) => p instanceof constructor) as T[];
}

function copyPatterns(config: WebpackConfig): CopyPattern[] {
  return pluginOf<{ patterns: (CopyPattern | string)[] }>(config, "copy-webpack-plugin")
    .flatMap((p) => p.patterns)
    .map((p) => (typeof p === "string" ? { from: p } : p));
}

/** The manifest exactly as the build writes it to dist/manifest.xml. */
async function builtManifest(baseUrl?: string): Promise<string> {
  const pattern = copyPatterns(await webpackConfig(baseUrl)).find((p) => p.from === "manifest.xml");
  if (!pattern) throw new Error("webpack.config.js no longer copies manifest.xml");
  const transform = typeof pattern.transform === "function" ? pattern.transform : pattern.transform?.transformer;
  if (!transform) return manifest;
  const out = await transform(Buffer.from(manifest, "utf8"), path.join(ROOT, "manifest.xml"));
  return out.toString();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)).map((f) => `${entry.name}/${f}`) : [entry.name],
  );
}

/** Paths (relative to the base URL) the build writes: entries, HTML pages, the functions metadata, copied files. */
async function buildOutputs(): Promise<Set<string>> {
  const config = await webpackConfig();
  const outputs = new Set<string>();
  const filename = config.output?.filename ?? "[name].js";
  for (const name of Object.keys(config.entry)) outputs.add(filename.replace("[name]", name));
  for (const html of pluginOf<{ userOptions: { filename?: string } }>(config, "html-webpack-plugin"))
    outputs.add(html.userOptions.filename ?? "index.html");
  for (const metadata of pluginOf<{ options: { output: string } }>(config, "custom-functions-metadata-plugin"))
    outputs.add(metadata.options.output);
  for (const pattern of copyPatterns(config)) {
    const star = pattern.from.indexOf("*");
    const target = (relative: string) => {
      const ext = path.extname(relative);
      const to = pattern.to ?? relative;
      if (/\[(name|ext)\]/u.test(to)) return to.replace("[name]", path.basename(relative, ext)).replace("[ext]", ext);
      return to.endsWith("/") ? `${to}${relative}` : to;
    };
    if (star >= 0) {
      const dir = pattern.from.slice(0, pattern.from.lastIndexOf("/", star) + 1);
      const glob = new RegExp(
        `^${pattern.from
          .slice(dir.length)
          .replace(/[.+?^${}()|[\]\\]/gu, "\\$&")
          .replace(/\*/gu, "[^/]*")}$`,
        "u",
      );
      for (const file of listFiles(path.join(ROOT, dir))) if (glob.test(file)) outputs.add(target(path.basename(file)));
    } else if (existsSync(path.join(ROOT, pattern.from)) && statSync(path.join(ROOT, pattern.from)).isDirectory()) {
      const to = (pattern.to ?? "").replace(/\/?$/u, "/");
      for (const file of listFiles(path.join(ROOT, pattern.from))) outputs.add(`${to === "/" ? "" : to}${file}`);
    } else {
      outputs.add(target(path.basename(pattern.from)));
    }
  }
  return outputs;
}

/** Ids registered with Office.actions.associate("…", …) in the ribbon commands code. */
function registeredActions(): string[] {
  const source = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
  return [...source.matchAll(/\bassociate\(\s*["'`]([^"'`]+)["'`]/gu)].map((m) => m[1]!);
}

const DEV: ManifestExpectations = { ...PROJECT_EXPECTATIONS, baseUrl: DEV_BASE_URL, readAsset };

/** Replace text in the manifest; fails when the text is not there, so a mutation never silently does nothing. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation found nothing to replace: ${String(from)}`);
  return changed;
}

function problemsOf(xml: string, options: Partial<ManifestExpectations> = {}): string[] {
  return checkManifest(xml, { ...DEV, ...options });
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  it("passes every offline check, with every URL naming a file the build writes", async () => {
    const outputs = await buildOutputs();
    expect([...outputs]).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "help.html",
        "assets/icon-16.png",
        "assets/icon-80.png",
      ]),
    );
    expect(checkManifest(manifest, { ...DEV, buildOutputs: outputs })).toEqual([]);
  });

  it("as the build writes it under ADDIN_BASE_URL: every URL moved to that host, no localhost left", async () => {
    const built = await builtManifest(DEPLOY_BASE_URL);
    expect(
      checkManifest(built, {
        ...DEV,
        baseUrl: DEPLOY_BASE_URL,
        forbidden: ["localhost"],
        buildOutputs: await buildOutputs(),
      }),
    ).toEqual([]);
    expect(built).toContain(`<SourceLocation DefaultValue="${DEPLOY_BASE_URL}taskpane.html"/>`);
    expect(built).toContain(`DefaultValue="${DEPLOY_BASE_URL}functions.json"`);
    // The checker would have caught a rewrite that left the dev host behind.
    expect(checkManifest(manifest, { ...DEV, baseUrl: DEPLOY_BASE_URL, forbidden: ["localhost"] })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('still contains "localhost"'),
        expect.stringContaining(`is not under the add-in's base URL ${DEPLOY_BASE_URL}`),
      ]),
    );
  });

  it("the build adds the missing trailing slash of ADDIN_BASE_URL and refuses a base URL without https", async () => {
    const built = await builtManifest("https://addin.example.gov.vn/kieumau");
    expect(checkManifest(built, { ...DEV, baseUrl: DEPLOY_BASE_URL, forbidden: ["localhost"] })).toEqual([]);
    await expect(webpackConfig("http://addin.example.gov.vn/kieumau/")).rejects.toThrow(/https/u);
  });

  it("without ADDIN_BASE_URL the build writes the manifest unchanged (https://localhost:3000/)", async () => {
    expect(await builtManifest()).toBe(manifest);
  });

  it("the metadata URL names functions.json, the output of CustomFunctionsMetadataPlugin over src/functions/functions.ts", async () => {
    const [plugin] = pluginOf<{ options: { output: string; input: string } }>(
      await webpackConfig(),
      "custom-functions-metadata-plugin",
    );
    expect(plugin?.options.output).toBe("functions.json");
    expect(path.normalize(plugin?.options.input ?? "")).toBe(path.normalize("src/functions/functions.ts"));
    expect(manifest).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${DEV_BASE_URL}functions.json">`);
    // English Excel reads the English metadata (generated from the same table as functions.json).
    expect(manifest).toContain(`<bt:Override Locale="en-US" Value="${DEV_BASE_URL}functions.en.json"/>`);
  });

  it("the Kiểm tra button's function checkActiveSheet is registered by src/commands/commands.ts", () => {
    expect(manifest).toContain("<FunctionName>checkActiveSheet</FunctionName>");
    expect(readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8")).toContain('associate("checkActiveSheet"');
    expect(checkManifest(manifest, { ...DEV, registeredActions: registeredActions() })).toEqual([]);
  });

  it("every icon in assets/ has the pixel size its name says", () => {
    const icons = readdirSync(path.join(ROOT, "assets")).filter((f) => /^icon-\d+\.png$/u.test(f));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      const size = Number(/\d+/u.exec(icon)![0]);
      expect({ icon, ...pngSize(readFileSync(path.join(ROOT, "assets", icon))) }).toEqual({
        icon,
        width: size,
        height: size,
      });
    }
  });
});

describe("checkManifest reports each problem", () => {
  const cases: [string, (xml: string) => string, string | RegExp, Partial<ManifestExpectations>?][] = [
    ["XML that is not well-formed", (x) => mutate(x, "</Permissions>", "</Permission>"), "not well-formed XML"],
    [
      "an undefined resid",
      (x) => mutate(x, '<Label resid="Check.Label"/>', '<Label resid="Check.Labels"/>'),
      'resid "Check.Labels" is not defined in Resources',
    ],
    [
      "a resid naming the wrong kind of resource",
      (x) => mutate(x, '<Label resid="Check.Label"/>', '<Label resid="Check.Tooltip"/>'),
      'resid "Check.Tooltip" must name a resource in bt:ShortStrings',
    ],
    [
      "a duplicate resource id",
      (x) => mutate(x, '<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'),
      'resource id "Taskpane.Url" is defined twice',
    ],
    [
      "an unused resource",
      (x) =>
        mutate(
          x,
          "</bt:Urls>",
          '  <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/help.html"/>\n      </bt:Urls>',
        ),
      'resource "Spare.Url" is never used',
    ],
    [
      "a resid over 32 characters",
      (x) => x.replaceAll("Functions.Namespace", "Functions.Namespace.Of.The.Addin.X"),
      "over 32 characters",
    ],
    [
      "an http URL",
      (x) => mutate(x, "https://localhost:3000/help.html", "http://localhost:3000/help.html"),
      "must use https",
    ],
    [
      "a URL outside the base URL",
      (x) => mutate(x, "https://localhost:3000/functions.js", "https://cdn.example.com/functions.js"),
      "is not under the add-in's base URL",
    ],
    [
      "a URL naming a file the build does not write",
      (x) => mutate(x, "https://localhost:3000/functions.js", "https://localhost:3000/function.js"),
      'names "function.js", which the build does not write',
      {
        buildOutputs: new Set([
          "functions.js",
          "functions.json",
          "taskpane.html",
          "help.html",
          "assets/icon-16.png",
          "assets/icon-32.png",
          "assets/icon-64.png",
          "assets/icon-80.png",
        ]),
      },
    ],
    [
      "an AppDomain that is the add-in's own origin",
      (x) =>
        mutate(
          x,
          "  <Hosts>\n    <Host Name",
          "  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name",
        ),
      "is the add-in's own origin",
    ],
    [
      "a ShortString over 125 characters",
      (x) => mutate(x, 'DefaultValue="Mở bảng chấm"', `DefaultValue="${"Mở bảng chấm ".repeat(10)}"`),
      /ShortString "OpenPane.Label" \(default\) is 130 characters, over the limit of 125/u,
    ],
    [
      "a LongString over 250 characters",
      (x) =>
        mutate(x, 'Value="Insert templates, check entries and consolidate many wards."', `Value="${"x".repeat(251)}"`),
      /LongString "OpenPane.Tooltip" \(en-US\) is 251 characters/u,
    ],
    [
      "a DisplayName over 125 characters",
      (x) =>
        mutate(
          x,
          '<DisplayName DefaultValue="Chấm điểm phường kiểu mẫu"',
          `<DisplayName DefaultValue="${"Chấm điểm ".repeat(13)}"`,
        ),
      "DisplayName is 130 characters, over the limit of 125",
    ],
    [
      "a Description over 250 characters",
      (x) => mutate(x, /<Description DefaultValue="[^"]*"/u, `<Description DefaultValue="${"mô tả ".repeat(42)}"`),
      "Description is 252 characters, over the limit of 250",
    ],
    ["an Id that is not a GUID", (x) => mutate(x, /<Id>[^<]*<\/Id>/u, "<Id>kieumau-addin</Id>"), "<Id> must be a GUID"],
    [
      "a Version that is not n.n.n.n",
      (x) => mutate(x, "<Version>0.1.0.0</Version>", "<Version>0.1.0-beta</Version>"),
      "<Version> must be n.n.n.n",
    ],
    [
      "a base element out of order",
      (x) =>
        mutate(
          mutate(x, '  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n', ""),
          "  <DefaultSettings>",
          '  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n  <DefaultSettings>',
        ),
      "<SupportUrl> must come before <Requirements>",
    ],
    [
      "a missing SupportUrl",
      (x) => mutate(x, '  <SupportUrl DefaultValue="https://localhost:3000/help.html"/>\n', ""),
      "Missing <SupportUrl>",
    ],
    [
      "a default locale other than vi-VN",
      (x) => mutate(x, "<DefaultLocale>vi-VN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"),
      "<DefaultLocale> must be vi-VN",
    ],
    [
      "a string without its en-US override",
      (x) => mutate(x, '\n          <bt:Override Locale="en-US" Value="Check"/>', ""),
      'string "Check.Label" has no en-US <bt:Override>',
    ],
    [
      "a DisplayName without its en-US override",
      (x) => mutate(x, '\n    <Override Locale="en-US" Value="Model Ward Scoring"/>', ""),
      "DisplayName has no en-US <Override>",
    ],
    [
      "text not in NFC",
      (x) => mutate(x, 'DefaultValue="Kiểu mẫu"', `DefaultValue="${"Kiểu mẫu".normalize("NFD")}"`),
      "is not in Unicode NFC",
    ],
    [
      "a permission other than ReadWriteDocument",
      (x) => mutate(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
      "<Permissions> must be exactly ReadWriteDocument",
    ],
    [
      "a second Permissions element",
      (x) =>
        mutate(
          x,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteDocument</Permissions><Permissions>ReadWriteDocument</Permissions>",
        ),
      "<Permissions> must be exactly ReadWriteDocument",
    ],
    [
      "a host other than Workbook",
      (x) => mutate(x, '<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      'must hold exactly <Host Name="Workbook"/>',
    ],
    [
      "no ExcelApi minimum in the base Requirements",
      (x) => mutate(x, '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.3"/>'),
      "must declare ExcelApi 1.7 or later",
    ],
    [
      "no SharedRuntime requirement",
      (x) => mutate(x, '\n        <bt:Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      "needs SharedRuntime 1.1 declared",
    ],
    [
      "no CustomFunctionsRuntime requirement",
      (x) => mutate(x, '\n        <bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', ""),
      "need CustomFunctionsRuntime 1.1 declared",
    ],
    [
      "override requirements outside the bt: namespace",
      (x) => mutate(mutate(x, "<bt:Sets DefaultMinVersion", "<Sets DefaultMinVersion"), "</bt:Sets>", "</Sets>"),
      "<Sets> here must be in the namespace bt:",
    ],
    [
      "Runtimes after AllFormFactors",
      (x) =>
        mutate(
          mutate(x, /\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/u, ""),
          "</AllFormFactors>",
          '</AllFormFactors>\n        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
        ),
      "<Runtimes> must be the first child of <VersionOverrides><Hosts><Host",
    ],
    [
      "Runtimes outside the Host",
      (x) =>
        mutate(
          mutate(x, /\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/u, ""),
          "    <Hosts>\n      <Host xsi",
          '    <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>\n    <Hosts>\n      <Host xsi',
        ),
      "<Runtimes> must be the first child",
    ],
    [
      "no Runtimes",
      (x) => mutate(x, /\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/u, ""),
      "No <Runtimes>",
    ],
    ["a short-lived runtime", (x) => mutate(x, 'lifetime="long"', 'lifetime="short"'), 'lifetime must be "long"'],
    [
      "a functions page outside the shared runtime",
      (x) =>
        mutate(
          x,
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
        ),
      'the CustomFunctions <Page> uses resid "GetStarted.LearnMoreUrl", not the shared runtime\'s "Taskpane.Url"',
    ],
    [
      "a task pane outside the shared runtime",
      (x) =>
        mutate(
          x,
          '<TaskpaneId>ButtonId1</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
          '<TaskpaneId>ButtonId1</TaskpaneId>\n                    <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
        ),
      "the task pane uses resid",
    ],
    [
      "a function file outside the shared runtime",
      (x) => mutate(x, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'),
      "<FunctionFile> uses resid",
    ],
    [
      "a runtime page other than the task pane page",
      (x) =>
        mutate(
          x,
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="https://localhost:3000/help.html"/>',
        ),
      "is not the task pane page",
    ],
    [
      "a namespace other than KIEUMAU",
      (x) =>
        mutate(
          x,
          '<bt:String id="Functions.Namespace" DefaultValue="KIEUMAU"/>',
          '<bt:String id="Functions.Namespace" DefaultValue="KIEU_MAU"/>',
        ),
      "namespace must be KIEUMAU",
    ],
    [
      "a localised namespace",
      (x) =>
        mutate(
          x,
          '<bt:String id="Functions.Namespace" DefaultValue="KIEUMAU"/>',
          '<bt:String id="Functions.Namespace" DefaultValue="KIEUMAU"><bt:Override Locale="en-US" Value="MODELWARD"/></bt:String>',
        ),
      "namespace must not be localised",
    ],
    [
      "a metadata URL that is not functions.json",
      (x) => mutate(x, "https://localhost:3000/functions.json", "https://localhost:3000/metadata.json"),
      "must end with /functions.json",
    ],
    [
      "the custom functions outside AllFormFactors",
      (x) =>
        mutate(
          mutate(x, /<\/AllFormFactors>\s*<DesktopFormFactor>/u, ""),
          "<AllFormFactors>",
          "<AllFormFactors></AllFormFactors><DesktopFormFactor>",
        ),
      "the CustomFunctions extension point belongs in <AllFormFactors>",
    ],
    [
      "commands on another tab",
      (x) => mutate(x, '<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'),
      '<OfficeTab id="TabHome">',
    ],
    [
      "a group with another label",
      (x) => mutate(x, 'DefaultValue="Kiểu mẫu"', 'DefaultValue="Kieu mau"'),
      'no ribbon group labelled "Kiểu mẫu"',
    ],
    [
      "a duplicate control id",
      (x) => mutate(x, 'id="KieuMau.Check"', 'id="KieuMau.OpenPane"'),
      'id "KieuMau.OpenPane" is also used',
    ],
    [
      "a button without its 80 px icon",
      (x) =>
        mutate(
          x,
          /(<Control xsi:type="Button" id="KieuMau.Check">[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/u,
          "$1",
        ),
      "missing a 80px <bt:Image>",
    ],
    [
      "an ExecuteFunction with another function name",
      (x) => mutate(x, "<FunctionName>checkActiveSheet</FunctionName>", "<FunctionName>checkSheet</FunctionName>"),
      'ExecuteFunction buttons must call ["checkActiveSheet"]',
    ],
    [
      "a function name the commands code does not register",
      (x) => x,
      'ExecuteFunction "checkActiveSheet" is not registered',
      { registeredActions: ["somethingElse"] },
    ],
    [
      "no FunctionFile for an ExecuteFunction button",
      (x) => mutate(x, '<FunctionFile resid="Taskpane.Url"/>', ""),
      "need a <FunctionFile>",
    ],
    [
      "a missing icon file",
      (x) => x,
      'file "assets/icon-80.png" does not exist',
      { readAsset: (p) => (p.endsWith("icon-80.png") ? undefined : readAsset(p)) },
    ],
    [
      "an icon whose pixels differ from its name",
      (x) => x,
      '"assets/icon-32.png" is 16×16 pixels, but its name says 32',
      { readAsset: (p) => readAsset(p.endsWith("icon-32.png") ? "assets/icon-16.png" : p) },
    ],
    [
      "an icon that is not a PNG",
      (x) => x,
      'file "assets/icon-16.png" is not a PNG image',
      {
        readAsset: (p) =>
          p.endsWith("icon-16.png") ? new TextEncoder().encode("not a png at all, really not") : readAsset(p),
      },
    ],
    [
      "a ribbon image size that does not match its file",
      (x) => mutate(x, '<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.32x32"/>'),
      'size="80" names "Icon.32x32", which is 32×32 pixels',
    ],
    [
      "an IconUrl that is not 32 × 32",
      (x) =>
        mutate(
          x,
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        ),
      "<IconUrl> must be a 32×32 image",
    ],
  ];

  // A rest parameter: jest would take a fourth named parameter for a done callback on three-element rows.
  it.each(cases)("%s", (...[, change, expected, options]) => {
    const problems = problemsOf(change(manifest), options);
    const matcher = typeof expected === "string" ? expect.stringContaining(expected) : expect.stringMatching(expected);
    expect(problems).toContainEqual(matcher);
  });

  it("parses with a real XML parser: namespaces resolved, mismatched tags and bad entities rejected", () => {
    const parsed = parseXml(manifest);
    expect("root" in parsed && parsed.root.name === "OfficeApp").toBe(true);
    expect(parseXml("<a><b></a>")).toEqual({ error: expect.any(String) });
    expect(parseXml('<a x="&nbsp;"/>')).toEqual({ error: expect.any(String) });
    expect(parseXml("<a><bt:b/></a>")).toEqual({ error: expect.any(String) });
  });
});
