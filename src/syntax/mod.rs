//! Source text to syntax tree: tokens, lexer, layout pass, AST and parser.

pub mod ast;
pub mod layout;
pub mod lexer;
pub mod token;
