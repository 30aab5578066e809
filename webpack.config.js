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

/** Why a production build stops: said as a sentence, with what to set (Indonesian, then English). */
class AddinUrlError extends Error {}

/**
 * Where the add-in is hosted in production, from ADDIN_URL. There is no default: a build without
 * it would ship a manifest pointing at a host nobody runs, and Office would show a blank pane.
 */
function addinUrl(value) {
  const how =
    "Contoh / Example: ADDIN_URL=https://lkip.dinas.go.id/addin/ npm run build " +
    "(untuk mencoba di mesin sendiri / for a local try: npm run build:dev).";
  if (!value || !value.trim()) {
    throw new AddinUrlError(
      "ADDIN_URL belum diatur: build produksi perlu alamat HTTPS tempat dist/ akan dipasang. " +
        "ADDIN_URL is not set: a production build needs the HTTPS address where dist/ will be hosted. " +
        how
    );
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AddinUrlError(`ADDIN_URL bukan alamat / is not a URL: "${value}". ${how}`);
  }
  if (url.protocol !== "https:" || url.search || url.hash) {
    throw new AddinUrlError(
      `ADDIN_URL harus alamat https:// tanpa ?… atau #… (Office hanya memuat add-in lewat HTTPS) / ` +
        `must be an https:// address without ?… or #… (Office loads add-ins over HTTPS only): "${value}". ${how}`
    );
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new AddinUrlError(
      `ADDIN_URL menunjuk ke mesin ini (${url.host}); itu build pengembangan / points at this machine; ` +
        `that is the development build: npm run build:dev. ${how}`
    );
  }
  // Relative resources are resolved against a folder: the address always ends with "/".
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Every dev URL, not only the first: the manifest and functions.json repeat it many times, and
 * AppDomains names the bare origin.
 */
function toProd(text, urlProd) {
  const origin = (url) => new URL(url).origin;
  return text.split(urlDev).join(urlProd).split(origin(urlDev)).join(origin(urlProd));
}

/** Rewrites dev URLs in generated assets too (functions.json's helpUrl comes from JSDoc). */
class ProdUrlPlugin {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProdUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProdUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(json|xml|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(urlDev)) compilation.updateAsset(name, new sources.RawSource(toProd(text, this.urlProd)));
          }
        },
      );
    });
  }
}

/**
 * The manifest's custom-functions <Script> names functions.js. In the shared runtime Excel runs the
 * functions from taskpane.html (which loads the hashed bundle), but that address must still resolve:
 * a fixed-name copy of the hashed bundle, served no-cache (README, "Pasang untuk kantor").
 */
class FunctionsScriptAliasPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsScriptAliasPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsScriptAliasPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const chunk = [...compilation.chunks].find((c) => c.name === "functions");
          const file = chunk && [...chunk.files].find((f) => f.endsWith(".js"));
          if (file && file !== "functions.js") compilation.emitAsset("functions.js", compilation.getAsset(file).source);
        },
      );
    });
  }
}

/** `dist/cli/lkip.js` runs as a program (`./dist/cli/lkip.js`, a link on the PATH): mark it executable. */
class ExecutablePlugin {
  apply(compiler) {
    compiler.hooks.assetEmitted.tap("ExecutablePlugin", (file, { targetPath }) => {
      if (file.endsWith(".js")) require("fs").chmodSync(targetPath, 0o755);
    });
  }
}

/**
 * The dev server's certificate (office-addin-dev-certs, as in Microsoft's template). Installing it
 * needs administrator rights (sudo on Linux and Mac); where that fails, say what to run instead of
 * a stack trace.
 */
async function getHttpsOptions() {
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    const why = String((e && e.message) || e).split("\n")[0];
    process.stderr.write(
      [
        "",
        `Sertifikat pengembangan untuk ${urlDev} belum terpasang dan tidak dapat dipasang otomatis (${why}).`,
        "Jalankan sekali, dengan hak administrator (di Linux/Mac perlu sudo): npx office-addin-dev-certs install",
        "lalu ulangi npm run dev-server.",
        `The development certificate for ${urlDev} is not installed and could not be installed automatically.`,
        "Run once, as an administrator (sudo on Linux/Mac): npx office-addin-dev-certs install — then npm run dev-server again.",
        "",
      ].join("\n")
    );
    process.exit(1);
  }
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  // Type-checking is `npm run typecheck`; the loader only transpiles.
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Only a production build of the add-in needs its address (`--config-name cli` does not).
  const names = [].concat(options.configName || []);
  const buildsAddin = names.length === 0 || names.includes("addin");
  let urlProd = urlDev;
  if (!dev && buildsAddin) {
    try {
      urlProd = addinUrl(process.env.ADDIN_URL);
    } catch (e) {
      if (!(e instanceof AddinUrlError)) throw e;
      process.stderr.write(`\n${e.message}\n\n`);
      process.exit(2);
    }
  }
  const addin = {
    name: "addin",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane reuses what the functions bundle has already loaded (decimal.js, src/core) instead
      // of carrying its own copy: taskpane.html loads the functions bundle first anyway.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Content-hashed in production, so Office's cache never serves last version's code with this
      // version's page; only taskpane.html, functions.json and the manifest keep fixed names.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: { keep: /^(cli\/|web\/|lkip\.html$)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [tsRule, dependenciesRule(), { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } }],
    },
    performance: { hints: false },
    optimization: {
      // Lazily loaded chunks share a vendor split as usual (the pane's React + Fluent UI), except the
      // `later-*` ones (loaded on first use): they carry their own node_modules, so that nothing they
      // alone need sits in a chunk that looks like part of the first load (test/bench/bundle-size.ts).
      splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && !/^later-/.test(chunk.name || "") },
    },
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
      ...(dev ? [] : [new ProdUrlPlugin(urlProd), new FunctionsScriptAliasPlugin()]),
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
    // rekap's worker threads load rekap-worker.js from beside the command (src/cli/rekap-pool.ts).
    entry: { lkip: "./src/cli/main.ts", "rekap-worker": "./src/cli/rekap-worker.ts" },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", library: { type: "commonjs2" } },
    // Each command is its own chunk, loaded when it runs (src/cli/main.ts): one file per command.
    optimization: { minimize: false, splitChunks: false },
    // The real __dirname / __filename at run time: the worker is found beside the bundle.
    node: { __dirname: false, __filename: false },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: [tsRule] },
    externals: { exceljs: "commonjs exceljs", jszip: "commonjs jszip" },
    plugins: [new (require("webpack").BannerPlugin)({ banner: "#!/usr/bin/env node", raw: true }), new ExecutablePlugin()],
    performance: { hints: false },
  };

  // lkip.html: the tables pipeline in the browser, for Excel that cannot run add-ins (src/web). Same
  // host as the add-in, its own compilation: src/xlsx's Node built-ins resolved for the browser.
  const web = {
    name: "web",
    target: "web",
    devtool: "source-map",
    entry: { lkip: "./src/web/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "web/[name].js" : "web/[name].[contenthash:8].js",
      // Only its own files: the add-in's and the command's stay.
      clean: { keep: (asset) => !/^(web\/|lkip\.html$)/.test(asset) },
    },
    resolve: {
      extensions: [".ts", ".js", ".json"],
      // Only reached with a file path, which the page never gives (it reads a dropped file's bytes).
      fallback: { fs: false, "fs/promises": false, path: false },
    },
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      new (require("webpack").NormalModuleReplacementPlugin)(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new (require("webpack").ProvidePlugin)({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({ filename: "lkip.html", template: "./src/web/lkip.html", chunks: ["lkip"] }),
      // The page's own icon, so that a web-only build (`--config-name web`) serves it too.
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }] }),
    ],
  };

  return env.WEBPACK_SERVE ? [addin, web] : [addin, cli, web];
};

// For the tests: the production rewrite must replace every dev URL; ADDIN_URL is checked.
module.exports.toProd = toProd;
module.exports.addinUrl = addinUrl;
module.exports.urls = { urlDev };
