sum=0
for ((i = 0; i < 1000000; i++)); do sum=$((sum + i)); if ((sum > 1000000000)); then sum=0; fi; done
echo $sum
