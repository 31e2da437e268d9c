#!/bin/sh
# Trunk post_build hook: names the interpreter worker's loader (hashed) in the staged index.html
# as <meta name="gorun-worker" content="...">, which the playground reads on its first Run.
set -eu
cd "$TRUNK_STAGING_DIR"
loader=$(ls -- *gorun-worker_loader.js 2>/dev/null | head -n 1)
if [ -z "$loader" ]; then
  echo "worker-meta: no *gorun-worker_loader.js in $TRUNK_STAGING_DIR" >&2
  exit 1
fi
sed -i "s|</head>|<meta name=\"gorun-worker\" content=\"./$loader\"></head>|" index.html
grep -q 'name="gorun-worker"' index.html
