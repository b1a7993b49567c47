# source:rce:ܞi0
0xfource:rce:ܞi0
0xf0002000200000ectb@{A�=1'z'ps
