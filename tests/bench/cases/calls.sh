add() { r=$(( $1 + $2 )); }
t=0
for ((i = 0; i < 100000; i++)); do add $t 1; t=$r; done
echo $t
