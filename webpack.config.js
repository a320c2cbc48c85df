// Build of the add-in: task pane (with the shared runtime's custom functions
// and ribbon commands on the same page), functions.json, manifest and assets.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Where the pages load office.js from. The CDN is the supported source;
 * OFFICE_JS=local (closed networks) copies @microsoft/office-js into
 * dist/office-js/ and loads it from the add-in's own host.
 */
function officeJsSource(base) {
  const mode = process.env.OFFICE_JS || "cdn";
  if (mode === "cdn") return { url: OFFICE_JS_CDN, origin: new URL(OFFICE_JS_CDN).origin, local: false };
  if (mode === "local") return { url: `${base}office-js/office.js`, origin: new URL(base).origin, local: true };
  throw new Error(`OFFICE_JS phải là "cdn" hoặc "local" (nhận được "${mode}").`);
}

/** The pages' content security policy: the add-in's own origin and the office.js source, nothing else. */
function contentSecurityPolicy(base, officeJs) {
  const own = new URL(base).origin;
  const sources = [...new Set(["'self'", own, officeJs.origin])].join(" ");
  return [
    `default-src ${sources}`,
    `script-src ${sources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${sources}`,
    `frame-src ${sources}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The functions' metadata beyond what custom-functions-metadata-plugin
 * writes: functions.json finished (no allowCustomDataForDataTypeAny, a
 * helpUrl per function), functions.en.json (the manifest's en-US override)
 * and the functions' help pages, all from the table in src/core/functions
 * (src/functions/build-metadata.ts, loaded through ts-node when the build
 * runs). A CustomFunctionsMetadataPlugin by kind, with `output` its English
 * file, but it generates nothing itself and adds no associate calls.
 */
class FunctionsMetadataLocalizer extends CustomFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataLocalizer", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataLocalizer", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset(this.options.from);
          if (!generated) return; // the metadata plugin reported its errors
          require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "CommonJS" } });
          const { functionsBuildFiles } = require("./src/functions/build-metadata.ts");
          const files = functionsBuildFiles(generated.source.source().toString(), this.options.baseUrl);
          for (const [name, text] of Object.entries(files)) {
            const source = new sources.RawSource(text);
            if (compilation.getAsset(name)) compilation.updateAsset(name, source);
            else compilation.emitAsset(name, source);
          }
        },
      );
    });
  }
}

/** Where the add-in will be hosted: ADDIN_BASE_URL=https://host/path/ npm run build */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//u.test(url)) throw new Error(`ADDIN_BASE_URL phải bắt đầu bằng https:// (nhận được "${url}").`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const base = baseUrl();
  const officeJs = officeJsSource(base);
  const dist = path.resolve(__dirname, "dist");
  const outputPath = env.outDir ? path.resolve(env.outDir) : dist;
  // The preview (simulated workbook) is a development aid: in development
  // builds, or on request into a folder that is not dist/.
  const withPreview = dev || Boolean(env.preview);
  if (!dev && withPreview && outputPath === dist)
    throw new Error("The preview never goes into a production dist/: pass --env outDir=… with --env preview.");
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      ...(withPreview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    // One runtime per page: the ribbon commands and the task pane share module state (shared runtime).
    // One runtime per page, and code the entries share (core, contracts, excel) in shared chunks loaded once.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/u,
          exclude: /node_modules/u,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.(png|svg)$/u, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataLocalizer({
        output: "functions.en.json",
        input: "./src/functions/functions.ts",
        from: "functions.json",
        baseUrl: base,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        templateParameters: { officeJsUrl: officeJs.url, contentSecurityPolicy: contentSecurityPolicy(base, officeJs) },
      }),
      ...(withPreview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["preview"],
              templateParameters: {
                contentSecurityPolicy: contentSecurityPolicy(base, { origin: new URL(base).origin }),
              },
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          // Plain ES5, never transpiled or bundled: it must parse in Internet Explorer 11.
          { from: "src/engine-check/engine-check.js", to: "engine-check.js", info: { minimized: true } },
          // Closed networks: office.js and its host files from our own host. Already minified: not re-minified.
          ...(officeJs.local
            ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              content
                .toString()
                .replaceAll(DEV_BASE_URL, base)
                .replaceAll(DEV_BASE_URL.slice(0, -1), base.slice(0, -1)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  if (process.env.WEBPACK_SERVE) {
    const { ensureCertificates } = await import("./scripts/certs.mjs");
    const { key, cert } = await ensureCertificates();
    config.devServer.server = { type: "https", options: { key, cert } };
  }
  return config;
};
