# CPython: "invalid syntax"; an unparenthesised `:=` cannot be a statement.
x := 1
