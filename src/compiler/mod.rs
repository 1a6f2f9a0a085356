//! Syntax tree to bytecode: scopes, code generation, and the disassembler.

mod annotations;
mod async_stmt;
pub mod code;
mod codegen;
pub mod dis;
mod expr;
mod future;
mod pattern;
mod peephole;
mod scope;
mod unparse;

pub use codegen::{compile, compile_interactive};
