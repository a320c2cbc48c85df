/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the add-in: task pane (with the shared runtime's custom functions
// and ribbon commands on the same page), functions.json, manifest and assets.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_BASE_URL = "https://localhost:3000/";

/** Where the add-in will be hosted: ADDIN_BASE_URL=https://host/path/ npm run build */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//u.test(url)) throw new Error(`ADDIN_BASE_URL phải bắt đầu bằng https:// (nhận được "${url}").`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const base = baseUrl();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/u, exclude: /node_modules/u, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } },
        { test: /\.(png|svg)$/u, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll(DEV_BASE_URL, base).replaceAll(DEV_BASE_URL.slice(0, -1), base.slice(0, -1)),
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
