// Fails fast when a script runs on the system Node instead of the project's Node 22
// (for example after `npm ci --ignore-scripts`, which leaves node_modules/.bin/node missing).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `fedramp-intake needs Node >= 22 and is running on ${process.version}. ` +
      'Run it through npm (npm test, npm start, npx intake), which puts the project\'s Node 22 first on the PATH; ' +
      'if node_modules/.bin/node is missing, reinstall with `npm ci` (install scripts enabled).',
  );
  process.exit(1);
}
