# source: about_Case-Sensitivity
WRITE-OUTPUT 'upper'
write-output 'lower'
wRiTe-OuTpUt 'mixed'
