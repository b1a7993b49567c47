# source: about_Case-Sensitivity
IF ($true) { 'yes' } ELSE { 'no' }
FOREACH ($i IN 1,2) { $i }
