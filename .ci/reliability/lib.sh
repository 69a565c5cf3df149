# Sourced by the reliability scripts.

# Prints the bilat binary to test: $1 when given, else the debug build (built first).
bilat_or_build() {
  if [ -n "$1" ]; then echo "$1"; return; fi
  swift build --product bilat >/dev/null || { echo "build failed" >&2; return 2; }
  echo "$(swift build --show-bin-path)/bilat"
}
