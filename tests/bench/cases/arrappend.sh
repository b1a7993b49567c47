a=()
for ((i = 0; i < 100000; i++)); do a+=($i); done
echo ${#a[@]}
