# shellcheck shell=bash
# Demo content for the local platform only (never the chart): see deploy/demo/README.md.

seed_demo() {
  [ "${KOHTAAMO_DEMO:-1}" = 0 ] && { ok "demo content skipped (KOHTAAMO_DEMO=0)"; return; }
  :
}
