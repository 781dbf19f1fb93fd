-- The lexemes of published texts per language with the number of texts that hold them: a query's
-- prefix expands to the most frequent lexemes that start with it (a bounded list the GIN index
-- looks up exactly) instead of to every lexeme with that start.
create table search_lexeme (
    language text not null,
    lexeme   text not null,
    docs     integer not null,
    primary key (language, lexeme)
);
create index search_lexeme_prefix_idx on search_lexeme (language, lexeme text_pattern_ops);
