//! Syntax tree to bytecode: scopes, code generation, and the disassembler.

pub mod code;
mod codegen;
pub mod dis;
mod expr;
mod scope;

pub use codegen::{compile, compile_interactive};
