#!/usr/bin/env bash
# Checks the Sinoscope manifests without a cluster:
#  1. every *.yaml under k8s/ parses (python3 + PyYAML, when available);
#  2. each overlay - and prod with each optional component, and with all of them - renders with `kubectl kustomize`
#     (or a standalone `kustomize build`), when either is installed.
# Usage: k8s/validate.sh        (exit status != 0 on any failure)
# The deeper checks (strict model, ports, probes, config names) are the JUnit test in k8s-tests/ (./mvnw verify).
set -euo pipefail
cd "$(dirname "$0")"
failures=0

if command -v python3 >/dev/null 2>&1 && python3 -c 'import yaml' 2>/dev/null; then
  while IFS= read -r f; do
    if python3 -c 'import yaml,sys; list(yaml.safe_load_all(open(sys.argv[1])))' "$f"; then
      echo "parse ok   $f"
    else
      echo "PARSE FAIL $f"; failures=$((failures + 1))
    fi
  done < <(find . -type f \( -name '*.yaml' -o -name '*.yml' \) | sort)
else
  echo "WARN: python3 with PyYAML not found - YAML parse check skipped"
fi

if command -v kubectl >/dev/null 2>&1; then
  render() { kubectl kustomize "$1"; }
elif command -v kustomize >/dev/null 2>&1; then
  render() { kustomize build "$1"; }
else
  render() { return 127; }
  echo "WARN: neither kubectl nor kustomize found - render check skipped"
fi

check_render() { # $1 = directory, $2 = label
  local out
  if out=$(render "$1" 2>&1); then
    # The example Secret must never end up in a rendered overlay.
    if grep -q 'CHANGE_ME' <<<"$out"; then
      echo "RENDER FAIL $2: contains the example secret"; failures=$((failures + 1)); return
    fi
    if command -v python3 >/dev/null 2>&1 && python3 -c 'import yaml' 2>/dev/null; then
      python3 -c 'import yaml,sys; d=[x for x in yaml.safe_load_all(sys.stdin) if x]; print(f"render ok  {sys.argv[1]}: " + ", ".join(sorted(x["kind"]+"/"+x["metadata"]["name"] for x in d)))' "$2" <<<"$out"
    else
      echo "render ok  $2"
    fi
  elif [ $? -eq 127 ]; then
    :
  else
    echo "RENDER FAIL $2"; echo "$out"; failures=$((failures + 1))
  fi
}

if command -v kubectl >/dev/null 2>&1 || command -v kustomize >/dev/null 2>&1; then
  check_render overlays/dev overlays/dev
  check_render overlays/prod overlays/prod
  check_render overlays/prod-opensearch overlays/prod-opensearch
  # Components cannot be built on their own: wrap prod + the component(s) in a throw-away kustomization.
  # Kustomize only accepts relative paths, hence realpath --relative-to. Each component alone, then all of them.
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  rel=$(realpath --relative-to="$tmp" "$PWD")
  all=(kafka-cluster kafka-topics postgres keda-nlp opensearch-search opensearch-cluster monitoring)
  for set in "${all[@]}" "${all[*]}"; do
    { printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - %s/overlays/prod\ncomponents:\n' "$rel"
      for c in $set; do printf '  - %s/components/%s\n' "$rel" "$c"; done; } >"$tmp/kustomization.yaml"
    check_render "$tmp" "overlays/prod + ${set// / + }"
  done
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
