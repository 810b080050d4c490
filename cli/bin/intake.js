#!/usr/bin/env node
// The `intake` command. Runs the TypeScript sources through tsx's loader: no build step.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`intake needs Node >= 22 (running ${process.version}); run it as \`npx intake\` from the project.`);
  process.exit(1);
}
// Output piped into a reader that stops early (`intake classify … | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv);
