/**
 * Build step for functions.json: the JSDoc generator (custom-functions-metadata) cannot emit
 * `allowErrorForDataTypeAny`, without which Excel never calls a function whose input holds an
 * error — one #DIV/0! in G2:G40 would turn the whole =LKIP.CAPAIAN spill into one error instead
 * of one message per cell ("Manually create JSON metadata for custom functions",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json). The generator's
 * own `allowCustomDataForDataTypeAny` stays: data-type cells then arrive as {type, basicValue},
 * which src/functions/values.ts unwraps.
 */
const FLAGS = { allowErrorForDataTypeAny: true };

/** The metadata object with the flags set (pure; the metadata test uses it on the generator's output). */
function withFlags(metadata) {
  return { ...metadata, ...FLAGS };
}

/** Rewrites the emitted functions.json after custom-functions-metadata-plugin has made it. */
class MetadataFlagsPlugin {
  constructor(file = "functions.json") {
    this.file = file;
  }
  apply(compiler) {
    const { Compilation, sources } = require("webpack");
    compiler.hooks.thisCompilation.tap("MetadataFlagsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "MetadataFlagsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          if (!assets[this.file]) return;
          const json = JSON.parse(assets[this.file].source().toString());
          const out = JSON.stringify(withFlags(json), null, 4);
          compilation.updateAsset(this.file, new sources.RawSource(out));
        }
      );
    });
  }
}

module.exports = { FLAGS, withFlags, MetadataFlagsPlugin };
