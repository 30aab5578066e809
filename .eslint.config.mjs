// ESLint flat config for src/ and test/: the Office add-ins React rules, Prettier, and the layer
// rules of README.md ("arrows point inward", "only src/excel touches Office.js"). A dotfile because
// the top level holds only what the design card lists; `npm run lint` passes it with --config.
import { builtinModules } from "node:module";
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const TS = ["**/*.ts", "**/*.tsx", "**/*.mts"];

// The plugin's react config matches .ts but not .tsx, and its parser import comes out undefined
// (4.0.10): give its TypeScript block every TS extension and the TypeScript parser.
const officeReact = officeAddins.configs.react.map((block) =>
  block.files
    ? { ...block, files: TS, languageOptions: { ...block.languageOptions, parser: tsParser } }
    : block
);

const LAYERS = "core|report|excel|xlsx|functions|taskpane|cli|web";
const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeBanned = (why) => NODE.map((name) => ({ name, message: why }));

/** Cross-layer imports go through the other layer's barrel: `../report`, never `../report/model`. */
const barrelOnly = (up) => ({
  regex: `^${up}(${LAYERS})/`,
  message: "Import another layer through its barrel (../report, ../core, ../excel, ../xlsx).",
});

export default [
  { ignores: ["node_modules/**", "dist/**", "out/**", "coverage/**"] },
  ...officeReact,
  {
    files: TS,
    rules: {
      // TypeScript resolves every name (tsc --noEmit runs in CI); no-undef only knows JS globals.
      "no-undef": "off",
      // The prop types are TypeScript's; JSX compiles with the automatic runtime (tsconfig "react-jsx").
      "react/prop-types": "off",
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
  {
    // These rules guess from property names: in tests they flag ExcelJS cells (cell.value,
    // cell.address) and the fake host's own tests, which read unloaded properties on purpose.
    files: ["test/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },

  // Layer rules. Tests mirror src/ file for file and may import any file directly.
  {
    files: ["src/*/*.{ts,tsx}", "src/report/index.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [barrelOnly("\\.\\./")] }] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./|decimal\\.js$)",
              message:
                "src/core is pure rules: it imports only its own files and decimal.js (no other layer, Office, React or Node).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/report/*/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBanned("src/report is host-free: no Node built-ins."),
          patterns: [
            barrelOnly("\\.\\./\\.\\./"),
            {
              regex: `^(\\.\\./)+(excel|xlsx|taskpane|cli|functions)(/|$)`,
              message:
                "src/report is host-free: arrows point inward, never to excel/xlsx/taskpane/cli/functions.",
            },
            {
              regex: "^(exceljs|jszip|react|react-dom|@fluentui/.*|@microsoft/office-js)(/|$)",
              message: "src/report is host-free: no ExcelJS, React, Fluent UI or Office.js.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/report/index.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBanned("src/report is host-free: no Node built-ins."),
          patterns: [
            barrelOnly("\\.\\./"),
            {
              regex: `^\\.\\./(excel|xlsx|taskpane|cli|functions)(/|$)`,
              message:
                "src/report is host-free: arrows point inward, never to excel/xlsx/taskpane/cli/functions.",
            },
          ],
        },
      ],
    },
  },
  {
    // lkip.html runs the report and xlsx layers in a browser: no Node, no Office.js code, no pane.
    files: ["src/web/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBanned("src/web runs in a browser: no Node built-ins."),
          patterns: [
            barrelOnly("\\.\\./"),
            {
              regex: "^\\.\\./(excel|taskpane|cli|functions)(/|$)",
              message: "src/web uses ../report and ../xlsx only (no Office.js, no pane, no CLI).",
            },
          ],
        },
      ],
    },
  },
  {
    // Office.js lives in src/excel only (host detection included: src/excel/host.ts).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({
          name,
          message: "Office.js is used only in src/excel; go through its barrel (../excel).",
        })),
      ],
      // Office.js types too (Excel.Range): no-restricted-globals sees values only.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension)$/]",
          message: "Office.js is used only in src/excel; go through its barrel (../excel).",
        },
      ],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "window", "self"].flatMap((object) =>
          ["Office", "Excel"].map((property) => ({
            object,
            property,
            message: "Office.js is used only in src/excel; go through its barrel (../excel).",
          }))
        ),
      ],
    },
  },
];
