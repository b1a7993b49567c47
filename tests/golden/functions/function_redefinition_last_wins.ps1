# source: about_Functions
function f { 'first' }
function f { 'second' }
f
