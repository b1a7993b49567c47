seq 1 100000 | while read -r n; do [ "$n" -gt 50000 ] && echo "$n"; done | { s=0; while read -r n; do s=$((s + n)); done; echo "$s"; }
