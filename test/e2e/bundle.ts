/** Bundles a browser entry of the tests (the fake host) with the project's own webpack. */
import webpack from "webpack";
import { dirname, basename, resolve } from "node:path";

export function bundle(entry: string, outFile: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: resolve(entry),
    output: { path: resolve(dirname(outFile)), filename: basename(outFile) },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
  });
  return new Promise((ok, fail) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      ok();
    })
  );
}
