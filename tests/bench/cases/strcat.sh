s=''
for ((i = 0; i < 100000; i++)); do s+='x'; done
echo ${#s}
