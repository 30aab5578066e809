/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname */
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { MetadataFlagsPlugin } = require("./src/functions/metadata-flags.cjs");
const { dependenciesRule } = require("./src/taskpane/webviews.cjs");
const path = require("path");
const { sources, Compilation } = require("webpack");

const urlDev = "https://localhost:3000/";
// Where the add-in is hosted in production; set ADDIN_URL when deploying.
const urlProd = process.env.ADDIN_URL || "https://lkip-addin.example.org/";

/**
 * Every dev URL, not only the first: the manifest and functions.json repeat it many times, and
 * AppDomains names the bare origin.
 */
function toProd(text) {
  const origin = (url) => new URL(url).origin;
  return text.split(urlDev).join(urlProd).split(origin(urlDev)).join(origin(urlProd));
}

/** Rewrites dev URLs in generated assets too (functions.json's helpUrl comes from JSDoc). */
class ProdUrlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProdUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProdUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(json|xml|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(urlDev)) compilation.updateAsset(name, new sources.RawSource(toProd(text)));
          }
        },
      );
    });
  }
}

async function getHttpsOptions() {
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  // Type-checking is `npm run typecheck`; the loader only transpiles.
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const addin = {
    name: "addin",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [tsRule, dependenciesRule(), { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new MetadataFlagsPlugin("functions.json"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: in the shared runtime they must register before the pane's UI loads.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/bantuan.html", to: "bantuan.html" },
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
      ...(dev ? [] : [new ProdUrlPlugin()]),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };

  // The `lkip` command (package.json "bin"): the Node path as one file, ExcelJS left to node_modules.
  const cli = {
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { lkip: "./src/cli/main.ts" },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: [tsRule] },
    externals: { exceljs: "commonjs exceljs", jszip: "commonjs jszip" },
    optimization: { minimize: false },
    plugins: [new (require("webpack").BannerPlugin)({ banner: "#!/usr/bin/env node", raw: true })],
    performance: { hints: false },
  };

  return env.WEBPACK_SERVE ? addin : [addin, cli];
};

// For the manifest test: the production rewrite must replace every dev URL.
module.exports.toProd = toProd;
module.exports.urls = { urlDev, urlProd };
