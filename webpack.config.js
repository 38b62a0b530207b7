/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the add-in (one shared-runtime page hosting task pane, ribbon commands and custom
// functions), the generated functions.json, and the workbench page used without Excel.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_URL, productionManifest } = require("./scripts/production-manifest.cjs");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const FUNCTION_FILES = [
  "./src/functions/finance-functions.ts",
  "./src/functions/analytics-functions.ts",
  "./src/functions/store-functions.ts",
  "./src/functions/team-functions.ts",
  "./src/functions/process-functions.ts",
];

/** HTTPS options from certificates office-addin-dev-certs installed, if any (never prompts). */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
  );
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const prodUrl = process.env.CELLCRM_BASE_URL || DEV_URL;
  const https = dev ? devHttpsOptions() : undefined;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    // one entry for the add-in's page: Excel's shared runtime is one page, so task pane, ribbon
    // and functions must share one module scope (several entries would each get their own)
    entry: {
      taskpane: "./src/app/index.ts",
      workbench: "./src/workbench/index.tsx",
      // the workbench's stand-in for office.js in the add-in's frame, and the worker serving it
      "office-host": "./src/workbench/office-host/index.ts",
      "workbench-sw": "./src/workbench/office-host/service-worker.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: "swc-loader" },
        {
          test: /\.(png|jpg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : productionManifest(content.toString(), prodUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      client: { overlay: false },
    },
  };
};
