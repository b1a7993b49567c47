# source: about_Arrays (array subexpression operator)
@(@(1,2)).Count
@(,(1,2)).Count
@($null).Count
@().Count
