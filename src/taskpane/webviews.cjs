/**
 * The webviews the manifest's requirement sets imply, and the ECMAScript level every bundle —
 * our code and the dependencies in node_modules — is compiled to. The manifest asks for
 * SharedRuntime 1.1 (custom functions and pane in one runtime), which Excel offers on
 * ("Office versions and requirement sets", "Browsers and webview controls used by Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins):
 * - Windows, Microsoft 365 from build 16.0.13530.20424 with the WebView2 runtime: Chromium
 *   (Edge), evergreen. Older builds use EdgeHTML or Internet Explorer and are not supported.
 * - Mac: WKWebView, i.e. the Safari of the installed macOS; current Office for Mac runs on the
 *   three latest macOS releases, the oldest of which (macOS 13) has Safari 16.
 * - Excel on the web: the user's browser, current versions of Edge, Chrome, Firefox, Safari.
 * ES2020 is the newest level all of them parse (Safari 14+, Chromium 80+); nothing later
 * (logical assignment ??=, class static blocks, top-level await) may reach a bundle.
 */
const WEBVIEWS = [
  {
    host: "Excel on Windows (Microsoft 365)",
    engine: "WebView2 (Chromium)",
    minimum: "Chromium 86",
  },
  { host: "Excel on Mac", engine: "WKWebView (Safari)", minimum: "Safari 16 (macOS 13)" },
  { host: "Excel on the web", engine: "browser", minimum: "Edge/Chrome 86, Firefox 78, Safari 16" },
];

const ECMA_VERSION = 2020;
const TS_TARGET = "ES2020";

/** webpack rule: dependencies' JavaScript transpiled to TS_TARGET by the TypeScript compiler (ts-loader). */
function dependenciesRule() {
  return {
    test: /\.m?js$/,
    include: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: {
          allowJs: true,
          noEmit: false,
          target: TS_TARGET,
          module: "ESNext",
          sourceMap: false,
        },
      },
    },
  };
}

module.exports = { WEBVIEWS, ECMA_VERSION, TS_TARGET, dependenciesRule };
