#!/usr/bin/env bash
# Runs drizzle-kit (e.g. `scripts/drizzle-kit.sh generate --name add-x`) from this package.
# drizzle-kit sits in the root node_modules but drizzle-orm in this package's, and drizzle-kit looks
# drizzle-orm up beside itself; so run a copy of drizzle-kit next to a link to this package's drizzle-orm.
# After generating, run `node scripts/embed-data.mjs` so the new SQL is embedded.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/drizzle-orm" ]; then
  cd "$here" && exec node "$root/node_modules/drizzle-kit/bin.cjs" "$@"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/node_modules"
cp -r "$root/node_modules/drizzle-kit" "$tmp/node_modules/"
ln -s "$here/node_modules/drizzle-orm" "$tmp/node_modules/drizzle-orm"
cd "$here"
NODE_PATH="$root/node_modules" node "$tmp/node_modules/drizzle-kit/bin.cjs" "$@"
