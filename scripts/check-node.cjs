// Runs before `npm start`, `npm test` and the build with whatever `node` is on PATH, so it is plain
// CommonJS with no syntax newer than Node 8: an older Node gets this message instead of
// "node: bad option: --experimental-strip-types".
'use strict';
var path = require('path');

/** "22.17" or ">=22.17.0" -> [22, 17, 0] */
function parseVersion(text) {
  var parts = String(text).replace(/^[^0-9]*/, '').split('.');
  return [0, 1, 2].map(function (i) {
    return parseInt(parts[i] || '0', 10) || 0;
  });
}

function atLeast(actual, minimum) {
  for (var i = 0; i < 3; i++) {
    if (actual[i] !== minimum[i]) return actual[i] > minimum[i];
  }
  return true;
}

/** The message for a Node that is too old, or null when it is recent enough. */
function nodeProblem(version, range) {
  if (atLeast(parseVersion(version), parseVersion(range))) return null;
  return (
    'This project needs Node.js ' + range + ' (it runs TypeScript directly with --experimental-strip-types);\n' +
    'this is Node.js ' + version + '.\n' +
    'Install a recent Node.js (24 LTS recommended), e.g. `nvm install 24 && nvm use 24`, or put its bin/ first on PATH,\n' +
    'then run `npm ci` again.'
  );
}

module.exports = { nodeProblem: nodeProblem };

if (require.main === module) {
  var range = require(path.join(__dirname, '..', 'package.json')).engines.node;
  var problem = nodeProblem(process.versions.node, range);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
