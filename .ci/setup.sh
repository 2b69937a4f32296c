# Sourced by .ci/run and .ci/serve: makes a fresh machine ready (Node >= 22.18 first on PATH,
# the project's npm packages; Chromium too when NEED_CHROMIUM=1, PostgreSQL's server programs when
# NEED_POSTGRES=1). Safe to run again: it only installs what is missing.

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)'
}

# The project needs Node >= 22.18 (Astro 7 needs 22.12; our commands and server are TypeScript
# that Node runs as it is from 22.18). Older machines get the npm registry's `node@24` package in a cache
# folder outside the repo, first on PATH (npm itself then runs on it too).
if ! node_ok; then
  node_cache="${NODE24_HOME:-$HOME/.cache/node24}"
  if [ ! -x "$node_cache/node_modules/node/bin/node" ]; then
    echo "setup: installing Node 24 from the npm registry into $node_cache"
    mkdir -p "$node_cache"
    npm install --prefix "$node_cache" --no-save --no-audit --no-fund --loglevel=error node@24
  fi
  export PATH="$node_cache/node_modules/node/bin:$PATH"
fi
echo "setup: node $(node --version), npm $(npm --version)"

apt_updated=0
apt_install() {
  local sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

# Browser tests drive Debian's Chromium; Playwright's own browser download cannot work here.
if [ "${NEED_CHROMIUM:-0}" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium"
  apt_install chromium
fi

# Japanese pages are set in the reader's own fonts (src/styles/tokens.css); the screenshots of the
# Japanese piece, and the Japanese edition's name on every piece's language switcher, are drawn
# with Debian's Noto CJK, so they match on every machine instead of showing empty boxes.
if [ "${NEED_CHROMIUM:-0}" = 1 ] && ! fc-list 2>/dev/null | grep -q "Noto Sans CJK JP"; then
  echo "setup: installing Debian's fonts-noto-cjk"
  apt_install fonts-noto-cjk
fi

# The poll's PostgreSQL tests start a throwaway server of their own (tests/support/postgres.ts)
# with Debian's programs; the package's own cluster is not used.
if [ "${NEED_POSTGRES:-0}" = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "setup: installing Debian's postgresql"
  apt_install postgresql
fi

npm ci --no-audit --no-fund
export ASTRO_TELEMETRY_DISABLED=1
