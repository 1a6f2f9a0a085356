//! Source text to syntax tree: tokens, lexer, layout pass, AST and parser.

pub mod ast;
