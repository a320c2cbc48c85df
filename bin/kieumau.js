#!/usr/bin/env node
/* The `kieumau` CLI: runs the TypeScript sources through ts-node (transpile only, CommonJS), so a clean clone works after `npm install` without a build step. */
"use strict";
const path = require("path");
const root = path.join(__dirname, "..");
require("ts-node").register({
  project: path.join(root, "tsconfig.json"),
  transpileOnly: true,
  compilerOptions: { module: "CommonJS", moduleResolution: "node" },
});
require(path.join(root, "src", "cli", "main.ts")).main(process.argv.slice(2));
